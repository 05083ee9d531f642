import type { Address } from "viem";

/** What changed who may read a patient's records. */
export type DisclosureKind = "allowed" | "revoked" | "shared" | "keySetUp" | "keyReplaced";

/**
 * One time someone was given or lost access to a patient's records (an accounting of disclosures): a doctor
 * allowed or revoked, records shared with a doctor, or the patient's own records key set up or replaced.
 */
export type Disclosure = {
  kind: DisclosureKind;
  block: bigint;
  /** Its place in the block, to order changes made in one block. */
  logIndex: number;
  /** The doctor it concerns; none for the patient's own key. */
  doctor?: Address;
  /** The records shared, for `shared`. */
  recordIds?: readonly bigint[];
  /** When, in seconds since 1970: the block's time. */
  at: number;
};

/** Newest first; within a block, the later change first. */
export const newestFirst = (a: Disclosure, b: Disclosure) =>
  a.block !== b.block ? (a.block > b.block ? -1 : 1) : b.logIndex - a.logIndex;

/** What a row says, and to whom, in the reader's words: for the CSV file and the table alike. */
export type DisclosureWords = {
  what: (disclosure: Disclosure) => string;
  who: (disclosure: Disclosure) => string;
};

const CSV_HEADER = ["When (UTC)", "Block", "What", "Who", "Address", "Records"];

/** The accounting as CSV (RFC 4180: every field quoted, quotes doubled, CRLF line ends). */
export function disclosuresCsv(disclosures: readonly Disclosure[], words: DisclosureWords): string {
  const rows = disclosures.map((disclosure) => [
    new Date(disclosure.at * 1000).toISOString(),
    disclosure.block.toString(),
    words.what(disclosure),
    words.who(disclosure),
    disclosure.doctor ?? "",
    (disclosure.recordIds ?? []).map((id) => `#${id}`).join(" "),
  ]);
  const quoted = (field: string) => `"${field.replaceAll('"', '""')}"`;
  return `${[CSV_HEADER, ...rows].map((row) => row.map(quoted).join(",")).join("\r\n")}\r\n`;
}
