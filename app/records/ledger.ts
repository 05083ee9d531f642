import type { Address, Hex } from "viem";
import type { EventLog, PageItem } from "../contracts/types";
import { rememberSensitive } from "../privacy/sensitivePhrases";
import { openRecord, recordContext, unwrapKey } from "./crypto/envelope";
import { type KeyPair, withAnyKey } from "./crypto/keys";
import { decodeRecord, type RecordDocument } from "./document";

/** A record as the contract's list views return it: public facts only. */
export type RecordRow = PageItem<"PatientRecords", "recordsOfPatient">;

/** A record's RecordAdded event: the sealed payload and its key for the patient and for the author. */
export type AddedEvent = Pick<EventLog<"PatientRecords", "RecordAdded">, "args">;

/** A RecordKeyShared event: the content key of one record, wrapped for one more reader. */
export type SharedEvent = Pick<EventLog<"PatientRecords", "RecordKeyShared">, "args">;

export type LedgerRecord = {
  id: bigint;
  patient: Address;
  author: Address;
  amends?: bigint;
  contentHash: Hex;
  createdAt: number;
  /** The block of its event, where its payload is read from. */
  blockNumber: bigint;
  /** The sealed record, once its event has been read. */
  payload?: Hex;
  /** The content key wrapped for each reader who can open it, by lower-case address. */
  keys: Map<string, Hex>;
};

export type RecordProblem = "pending" | "noKey" | "undecryptable" | "tampered" | "unreadable";
export type OpenedRecord = LedgerRecord & ({ document: RecordDocument } | { problem: RecordProblem });

const lower = (address: string) => address.toLowerCase();

/**
 * Records as pages show them: facts from storage at once; payload and keys from the events of the very blocks the
 * contract recorded, as they arrive. A record's own keys (the patient's and the author's) always win over a shared
 * one, so a share can never replace the author's own key.
 */
export function toLedgerRecords(
  rows: readonly RecordRow[],
  added: readonly AddedEvent[],
  shared: readonly SharedEvent[] = [],
): LedgerRecord[] {
  const addedById = new Map(added.map((event) => [event.args.recordId, event.args]));
  return rows.map(({ id, record }) => {
    const keys = new Map<string, Hex>();
    for (const share of shared)
      if (share.args.recordId === id) keys.set(lower(share.args.reader), share.args.wrappedKey);
    const own = addedById.get(id);
    if (own) {
      keys.set(lower(record.patient), own.keyForPatient);
      keys.set(lower(record.author), own.keyForAuthor);
    }
    return {
      id,
      patient: record.patient,
      author: record.author,
      amends: record.amendsPlusOne > 0 ? BigInt(record.amendsPlusOne - 1) : undefined,
      contentHash: record.contentHash,
      createdAt: record.createdAt,
      blockNumber: BigInt(record.blockNumber),
      payload: own?.payload,
      keys,
    };
  });
}

/** Where records are sealed: the chain and the records contract. */
export type LedgerPlace = { chainId: number; contract: Address };

const contextOf = (record: LedgerRecord, place: LedgerPlace) =>
  recordContext(place.chainId, place.contract, record.patient, record.author);

/** Opens a record with the reader's key: the document, or why it cannot be shown. Never shows tampered data. */
export function openForReader(
  record: LedgerRecord,
  reader: Address,
  keyPair: KeyPair,
  place: LedgerPlace,
): OpenedRecord {
  if (!record.payload) return { ...record, problem: "pending" };
  const wrapped = record.keys.get(lower(reader));
  if (!wrapped) return { ...record, problem: "noKey" };
  const context = contextOf(record, place);
  let contentKey: Uint8Array;
  try {
    contentKey = withAnyKey(keyPair, (key) => unwrapKey(wrapped, key.secretKey, context, key.publicKey));
  } catch {
    return { ...record, problem: "undecryptable" };
  }
  const opened = openRecord(record.payload, contentKey, record.contentHash, context);
  if (!opened.ok) return { ...record, problem: opened.reason };
  const document = decodeRecord(opened.plaintext);
  return document ? { ...record, document } : { ...record, problem: "unreadable" };
}

/** The content key of a record for its reader, to wrap again for someone else (sharing). */
export function contentKeyFor(
  record: LedgerRecord,
  reader: Address,
  keyPair: KeyPair,
  place: LedgerPlace,
): Uint8Array {
  const wrapped = record.keys.get(lower(reader));
  if (!wrapped) throw new Error(`No key for ${reader} on record ${record.id}`);
  const context = contextOf(record, place);
  return withAnyKey(keyPair, (key) => unwrapKey(wrapped, key.secretKey, context, key.publicKey));
}

export type RecordOpener = (record: LedgerRecord) => OpenedRecord;

/**
 * Opens records for one reader on demand and remembers the result, so that a long timeline decrypts only the
 * entries that are shown, each once. A record whose payload or key arrives later is opened afresh.
 */
export function recordOpener(reader: Address, keyPair: KeyPair, place: LedgerPlace): RecordOpener {
  const opened = new Map<string, OpenedRecord>();
  return (record) => {
    const cacheKey = `${record.id}:${record.payload ? 1 : 0}:${record.keys.get(lower(reader)) ?? ""}`;
    let result = opened.get(cacheKey);
    if (!result) {
      result = openForReader(record, reader, keyPair, place);
      // A public field about this patient can then warn when it repeats what the records say.
      if ("document" in result) {
        const { condition, treatment } = result.document;
        rememberSensitive(record.patient, [condition.text, condition.icd10, treatment.text]);
      }
      if (!("problem" in result && result.problem === "pending")) opened.set(cacheKey, result);
    }
    return result;
  };
}

/** A record and its corrections, oldest correction first (the last is the record's current text). */
export type RecordThread = { record: LedgerRecord; amendments: LedgerRecord[] };

/**
 * Records as a timeline: newest first, each original followed by every correction of it. A correction whose
 * original is not shown (an older page, or not shared) is a thread of its own.
 */
export function recordThreads(records: readonly LedgerRecord[]): RecordThread[] {
  const byId = new Map(records.map((record) => [record.id, record]));
  const rootOf = (record: LedgerRecord): LedgerRecord => {
    let current = record;
    for (let parent = current.amends; parent !== undefined && byId.has(parent); parent = current.amends) {
      current = byId.get(parent) as LedgerRecord;
    }
    return current;
  };
  const amendments = new Map<bigint, LedgerRecord[]>();
  const heads: LedgerRecord[] = [];
  for (const record of records) {
    const root = rootOf(record);
    if (root === record) heads.push(record);
    else amendments.set(root.id, [...(amendments.get(root.id) ?? []), record]);
  }
  const ascending = (a: LedgerRecord, b: LedgerRecord) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return heads
    .sort((a, b) => ascending(b, a))
    .map((record) => ({ record, amendments: (amendments.get(record.id) ?? []).sort(ascending) }));
}
