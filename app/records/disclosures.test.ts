import { describe, expect, it } from "vitest";
import { type Disclosure, disclosuresCsv, newestFirst } from "./disclosures";

const DOCTOR = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";
const rows: Disclosure[] = [
  { kind: "allowed", block: 10n, logIndex: 2, doctor: DOCTOR, at: 1_764_070_000 },
  { kind: "shared", block: 12n, logIndex: 0, doctor: DOCTOR, recordIds: [1n, 4n], at: 1_764_070_024 },
  { kind: "revoked", block: 10n, logIndex: 5, doctor: DOCTOR, at: 1_764_070_000 },
  { kind: "keySetUp", block: 3n, logIndex: 0, at: 1_764_069_000 },
];
const words = {
  what: (row: Disclosure) =>
    ({ allowed: "Allowed", revoked: "Revoked", shared: "Shared" })[row.kind as "allowed"] ?? "Key set up",
  who: (row: Disclosure) => (row.doctor ? 'Dr. "Al" Chen, MD' : "You"),
};

describe("the accounting of disclosures", () => {
  it("lists the newest change first, and the later of two in one block first", () => {
    expect([...rows].sort(newestFirst).map((row) => row.kind)).toEqual([
      "shared",
      "revoked",
      "allowed",
      "keySetUp",
    ]);
  });

  it("exports CSV with every field quoted, quotes doubled, and the records shared", () => {
    const csv = disclosuresCsv([...rows].sort(newestFirst), words);
    const lines = csv.split("\r\n");
    expect(lines[0]).toBe('"When (UTC)","Block","What","Who","Address","Records"');
    expect(lines[1]).toBe(
      `"2025-11-25T11:27:04.000Z","12","Shared","Dr. ""Al"" Chen, MD","${DOCTOR}","#1 #4"`,
    );
    expect(lines[4]).toBe('"2025-11-25T11:10:00.000Z","3","Key set up","You","",""');
    expect(lines).toHaveLength(6);
    expect(lines[5]).toBe("");
  });
});
