import { x25519 } from "@noble/curves/ed25519.js";
import { utf8ToBytes } from "@noble/hashes/utils.js";
import type { Address, Hex } from "viem";
import { describe, expect, it } from "vitest";
import { recordContext, sealRecord, wrapKey } from "./crypto/envelope";
import { encodeRecord } from "./document";
import {
  type AddedEvent,
  openForReader,
  type RecordRow,
  recordOpener,
  recordThreads,
  type SharedEvent,
  toLedgerRecords,
} from "./ledger";

const pair = () => {
  const secretKey = x25519.utils.randomSecretKey();
  return { secretKey, publicKey: x25519.getPublicKey(secretKey) };
};
const [patient, doctor, other] = [pair(), pair(), pair()];
const CONTRACT: Address = "0x5FbDB2315678afecb367f032d93F642f64180aa3";
const PATIENT: Address = "0x90F79bf6EB2c4f870365E785982E1f101E93b906";
const DOCTOR: Address = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";
const OTHER: Address = "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC";
const place = { chainId: 31337, contract: CONTRACT };
const context = recordContext(31337, CONTRACT, PATIENT, DOCTOR);

const sealed = sealRecord(
  encodeRecord({
    diagnosis: "Influenza A",
    treatment: "rest",
    date: "2026-11-25",
    icd10: undefined,
    notes: undefined,
  }),
  [patient.publicKey, doctor.publicKey],
  context,
);
const row = (id: bigint, amendsPlusOne = 0, contentHash: Hex = sealed.contentHash): RecordRow => ({
  id,
  record: {
    patient: PATIENT,
    author: DOCTOR,
    authorTag: Number.parseInt(DOCTOR.slice(-4), 16),
    createdAt: 1_800_000_000,
    blockNumber: 10 + Number(id),
    amendsPlusOne,
    previousOfPatientPlusOne: Number(id),
    previousByAuthorPlusOne: Number(id),
    contentHash,
  },
});
const added = (
  id: bigint,
  payload: Hex = sealed.payload,
  keys: [Hex, Hex] = [sealed.wrappedKeys[0] as Hex, sealed.wrappedKeys[1] as Hex],
  contentHash: Hex = sealed.contentHash,
): AddedEvent => ({
  args: {
    recordId: id,
    patient: PATIENT,
    author: DOCTOR,
    amendsPlusOne: 0n,
    contentHash,
    payload,
    keyForPatient: keys[0],
    keyForAuthor: keys[1],
  },
});

describe("toLedgerRecords", () => {
  it("shows storage at once and the sealed payload once its event has arrived", () => {
    const [pending] = toLedgerRecords([row(0n)], []);
    expect(pending && openForReader(pending, PATIENT, patient, place)).toMatchObject({ problem: "pending" });
    const [ready] = toLedgerRecords([row(0n)], [added(0n)]);
    const opened = ready && openForReader(ready, PATIENT, patient, place);
    expect(opened && "document" in opened && opened.document.condition.text).toBe("Influenza A");
    expect(ready?.blockNumber).toBe(10n);
  });

  /** Review finding 8: a patient sharing a record with its own author replaced the author's key with junk. */
  it("keeps the author's own key whatever was shared with them", () => {
    const junk: SharedEvent = { args: { recordId: 0n, reader: DOCTOR, wrappedKey: "0xdead" } };
    const [record] = toLedgerRecords([row(0n)], [added(0n)], [junk]);
    expect(record?.keys.get(DOCTOR.toLowerCase())).toBe(sealed.wrappedKeys[1]);
    const opened = record && openForReader(record, DOCTOR, doctor, place);
    expect(opened && "document" in opened).toBe(true);
  });
});

describe("openForReader", () => {
  it("opens for the patient and the author, and for nobody else", () => {
    const [record] = toLedgerRecords([row(0n)], [added(0n)]);
    if (!record) throw new Error("no record");
    expect("document" in openForReader(record, PATIENT, patient, place)).toBe(true);
    expect("document" in openForReader(record, DOCTOR, doctor, place)).toBe(true);
    expect(openForReader(record, OTHER, other, place)).toMatchObject({ problem: "noKey" });
  });

  /** Issue 31.3: a records key replaced after a record was sealed for it still opens it, through the new key. */
  it("opens with a key that replaced the one the record was sealed for, and with no unrelated key", () => {
    const [record] = toLedgerRecords([row(0n)], [added(0n)]);
    if (!record) throw new Error("no record");
    const newer = { ...pair(), replaced: [pair(), patient] };
    expect("document" in openForReader(record, PATIENT, newer, place)).toBe(true);
    const unrelated = { ...pair(), replaced: [pair()] };
    expect(openForReader(record, PATIENT, unrelated, place)).toMatchObject({ problem: "undecryptable" });
  });

  it("calls a record whose hash on chain does not match tampered, never shows it", () => {
    const [record] = toLedgerRecords([row(0n, 0, `0x${"11".repeat(32)}`)], [added(0n)]);
    expect(record && openForReader(record, PATIENT, patient, place)).toMatchObject({ problem: "tampered" });
  });

  /**
   * Review finding 1: a doctor with consent could seal a document that decrypts and matches its hash but whose
   * fields are objects; rendering it threw and blanked the patient's page for good.
   */
  it("calls a valid envelope around an invalid document unreadable", () => {
    const malformed = utf8ToBytes(
      JSON.stringify({
        v: 1,
        salt: "00".repeat(16),
        condition: { text: { x: 1 } },
        treatment: { text: "t" },
        date: { y: 2 },
      }),
    );
    const bad = sealRecord(malformed, [patient.publicKey], context);
    const record = toLedgerRecords(
      [row(0n, 0, bad.contentHash)],
      [added(0n, bad.payload, [bad.wrappedKeys[0] as Hex, bad.wrappedKeys[0] as Hex], bad.contentHash)],
    )[0];
    expect(record && openForReader(record, PATIENT, patient, place)).toMatchObject({ problem: "unreadable" });
  });
});

describe("recordThreads", () => {
  /** Review finding 7: the second correction of a record was counted but never shown. */
  it("threads every correction under its original, newest original first", () => {
    const records = toLedgerRecords([row(4n, 10), row(3n, 2), row(2n, 2), row(1n), row(0n)], []);
    const threads = recordThreads(records).map((thread) => [
      thread.record.id,
      thread.amendments.map((amendment) => amendment.id),
    ]);
    // #4 corrects #9, which this page does not show: it stands on its own.
    expect(threads).toEqual([
      [4n, []],
      [1n, [2n, 3n]],
      [0n, []],
    ]);
  });
});

describe("recordOpener", () => {
  it("opens each record once, and again only when a new key for the reader arrives", () => {
    const [record] = toLedgerRecords([row(0n)], [added(0n)]);
    if (!record) throw new Error("no record");
    const openAsOther = recordOpener(OTHER, other, place);
    const before = openAsOther(record);
    expect(before).toMatchObject({ problem: "noKey" });
    expect(openAsOther(record)).toBe(before);
    record.keys.set(OTHER.toLowerCase(), wrapKey(sealed.contentKey, other.publicKey, context));
    const after = openAsOther(record);
    expect("document" in after && after.document.condition.text).toBe("Influenza A");
    expect(openAsOther(record)).toBe(after);
  });
});
