import { x25519 } from "@noble/curves/ed25519.js";
import type { Address, Hex } from "viem";
import { describe, expect, it } from "vitest";
import { sealRecord, wrapKey } from "./crypto/envelope";
import { encodeRecord } from "./document";
import {
  contentKeyFor,
  currentConsents,
  type LedgerEvent,
  ledgerRecords,
  openForReader,
  recordOpener,
  recordThreads,
} from "./ledger";

const pair = () => {
  const secretKey = x25519.utils.randomSecretKey();
  return { secretKey, publicKey: x25519.getPublicKey(secretKey) };
};
const [patient, doctor, other] = [pair(), pair(), pair()];
const PATIENT: Address = "0x90F79bf6EB2c4f870365E785982E1f101E93b906";
const DOCTOR: Address = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";
const OTHER: Address = "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC";

const sealed = sealRecord(encodeRecord({ diagnosis: "Influenza A", treatment: "rest", date: "2026-11-25" }), [
  patient.publicKey,
  doctor.publicKey,
]);
const added = (recordId: bigint, amendsPlusOne = 0n, contentHash: Hex = sealed.contentHash): LedgerEvent => ({
  eventName: "RecordAdded",
  args: {
    recordId,
    patient: PATIENT,
    author: DOCTOR,
    amendsPlusOne,
    contentHash,
    payload: sealed.payload,
    keyForPatient: sealed.wrappedKeys[0],
    keyForAuthor: sealed.wrappedKeys[1],
  },
  timestamp: 1_800_000_000,
});

describe("ledger", () => {
  it("opens a record for its patient and its author, and for a reader it was shared with", () => {
    const share: LedgerEvent = {
      eventName: "RecordKeyShared",
      args: { recordId: 0n, reader: OTHER, wrappedKey: wrapKey(sealed.contentKey, other.publicKey) },
      timestamp: 0,
    };
    const [record] = ledgerRecords([added(0n), share]);
    if (!record) throw new Error("no record");
    for (const [reader, keys] of [
      [PATIENT, patient],
      [DOCTOR, doctor],
      [OTHER, other],
    ] as const) {
      const opened = openForReader(record, reader, keys);
      expect("document" in opened && opened.document.condition.text).toBe("Influenza A");
    }
    expect(contentKeyFor(record, PATIENT, patient)).toEqual(sealed.contentKey);
  });

  it("shows nothing to someone without a key, and flags a record whose hash does not match", () => {
    const [record, altered] = ledgerRecords([added(0n), added(1n, 1n, `0x${"00".repeat(32)}`)]);
    if (!record || !altered) throw new Error("no records");
    expect(openForReader(record, OTHER, other)).toMatchObject({ problem: "noKey" });
    expect(openForReader(altered, PATIENT, patient)).toMatchObject({ problem: "tampered", amends: 0n });
  });

  it("keeps only the consents not revoked since", () => {
    const consent = (eventName: string, doctorAddress: Address): LedgerEvent => ({
      eventName,
      args: { patient: PATIENT, doctor: doctorAddress },
      timestamp: 0,
    });
    expect(
      currentConsents([
        consent("AccessGranted", DOCTOR),
        consent("AccessGranted", OTHER),
        consent("AccessRevoked", DOCTOR),
      ]),
    ).toEqual([{ patient: PATIENT, doctor: OTHER }]);
  });

  it("threads corrections under their original, newest original first", () => {
    const records = ledgerRecords([added(0n), added(1n), added(2n, 2n), added(3n, 2n), added(4n, 10n)]);
    const threads = recordThreads(records).map((thread) => [
      thread.record.id,
      thread.amendments.map((amendment) => amendment.id),
    ]);
    // #4 corrects #9, which this reader cannot see: it stands on its own.
    expect(threads).toEqual([
      [4n, []],
      [1n, [2n, 3n]],
      [0n, []],
    ]);
  });

  it("opens each record once, and again only when a new key for the reader arrives", () => {
    const [record] = ledgerRecords([added(0n)]);
    if (!record) throw new Error("no record");
    const openAsOther = recordOpener(OTHER, other);
    const before = openAsOther(record);
    expect(before).toMatchObject({ problem: "noKey" });
    expect(openAsOther(record)).toBe(before);
    record.keys.set(OTHER.toLowerCase(), wrapKey(sealed.contentKey, other.publicKey));
    const after = openAsOther(record);
    expect("document" in after && after.document.condition.text).toBe("Influenza A");
    expect(openAsOther(record)).toBe(after);
  });
});
