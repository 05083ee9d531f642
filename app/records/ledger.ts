import type { Address, Hex } from "viem";
import { openRecord, unwrapKey } from "./crypto/envelope";
import type { KeyPair } from "./crypto/keys";
import { decodeRecord, type RecordDocument } from "./document";

/** The PatientRecords events, in chain order, as this module needs them. */
export type LedgerEvent = { eventName: string; args: Record<string, unknown>; timestamp: number };

export type LedgerRecord = {
  id: bigint;
  patient: Address;
  author: Address;
  amends?: bigint;
  contentHash: Hex;
  payload: Hex;
  createdAt: number;
  /** The content key wrapped for each reader who can open it. */
  keys: Map<string, Hex>;
};

export type OpenedRecord = LedgerRecord &
  ({ document: RecordDocument } | { problem: "tampered" | "undecryptable" | "noKey" });

const lower = (address: unknown) => String(address).toLowerCase();

/** Every record, with the content keys wrapped for its patient, its author and whoever it was shared with. */
export function ledgerRecords(events: readonly LedgerEvent[]): LedgerRecord[] {
  const records = new Map<bigint, LedgerRecord>();
  for (const { eventName, args, timestamp } of events) {
    if (eventName === "RecordAdded") {
      const id = args.recordId as bigint;
      const amendsPlusOne = args.amendsPlusOne as bigint;
      records.set(id, {
        id,
        patient: args.patient as Address,
        author: args.author as Address,
        amends: amendsPlusOne > 0n ? amendsPlusOne - 1n : undefined,
        contentHash: args.contentHash as Hex,
        payload: args.payload as Hex,
        createdAt: timestamp,
        keys: new Map([
          [lower(args.patient), args.keyForPatient as Hex],
          [lower(args.author), args.keyForAuthor as Hex],
        ]),
      });
    } else if (eventName === "RecordKeyShared") {
      records.get(args.recordId as bigint)?.keys.set(lower(args.reader), args.wrappedKey as Hex);
    }
  }
  return [...records.values()];
}

/** Doctors a patient currently consents to (or patients who consent to a doctor), from grant and revoke events. */
export function currentConsents(events: readonly LedgerEvent[]): { patient: Address; doctor: Address }[] {
  const current = new Map<string, { patient: Address; doctor: Address }>();
  for (const { eventName, args } of events) {
    const key = `${lower(args.patient)}|${lower(args.doctor)}`;
    if (eventName === "AccessGranted")
      current.set(key, { patient: args.patient as Address, doctor: args.doctor as Address });
    if (eventName === "AccessRevoked") current.delete(key);
  }
  return [...current.values()];
}

/** Opens a record with the reader's key: the document, or why it cannot be shown. Never shows tampered data. */
export function openForReader(record: LedgerRecord, reader: Address, keyPair: KeyPair): OpenedRecord {
  const wrapped = record.keys.get(lower(reader));
  if (!wrapped) return { ...record, problem: "noKey" };
  let contentKey: Uint8Array;
  try {
    contentKey = unwrapKey(wrapped, keyPair.secretKey, keyPair.publicKey);
  } catch {
    return { ...record, problem: "undecryptable" };
  }
  const opened = openRecord(record.payload, contentKey, record.contentHash);
  if (!opened.ok) return { ...record, problem: opened.reason };
  const document = decodeRecord(opened.plaintext);
  return document ? { ...record, document } : { ...record, problem: "undecryptable" };
}

/** The content key of a record for its reader, to wrap again for someone else (sharing). */
export function contentKeyFor(record: LedgerRecord, reader: Address, keyPair: KeyPair): Uint8Array {
  const wrapped = record.keys.get(lower(reader));
  if (!wrapped) throw new Error(`No key for ${reader} on record ${record.id}`);
  return unwrapKey(wrapped, keyPair.secretKey, keyPair.publicKey);
}

export type RecordOpener = (record: LedgerRecord) => OpenedRecord;

/**
 * Opens records for one reader on demand and remembers the result, so that a long timeline decrypts only the
 * entries that are shown, each once. A record shared again later (a new wrapped key) is opened afresh.
 */
export function recordOpener(reader: Address, keyPair: KeyPair): RecordOpener {
  const opened = new Map<string, OpenedRecord>();
  return (record) => {
    const cacheKey = `${record.id}:${record.keys.get(lower(reader)) ?? ""}`;
    let result = opened.get(cacheKey);
    if (!result) {
      result = openForReader(record, reader, keyPair);
      opened.set(cacheKey, result);
    }
    return result;
  };
}

/** A record and its corrections, oldest correction first. */
export type RecordThread = { record: LedgerRecord; amendments: LedgerRecord[] };

/**
 * Records as a timeline: newest first, each original followed by its corrections. A correction whose original the
 * reader cannot see is a thread of its own.
 */
export function recordThreads(records: readonly LedgerRecord[]): RecordThread[] {
  const ids = new Set(records.map((record) => record.id));
  const amendments = new Map<bigint, LedgerRecord[]>();
  const heads: LedgerRecord[] = [];
  for (const record of records) {
    if (record.amends !== undefined && ids.has(record.amends)) {
      amendments.set(record.amends, [...(amendments.get(record.amends) ?? []), record]);
    } else heads.push(record);
  }
  const byId = (a: LedgerRecord, b: LedgerRecord) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return heads
    .sort((a, b) => byId(b, a))
    .map((record) => ({ record, amendments: (amendments.get(record.id) ?? []).sort(byId) }));
}
