import { createHash } from "node:crypto";
import { x25519 } from "@noble/curves/ed25519.js";
import { type Address, concatHex, type Hex, hexToBytes, sliceHex } from "viem";
import { describe, expect, it } from "vitest";
import { birthDates, dictionaryAttack } from "../../e2e/fixtures/dictionaryAttack";
import { LIMITS } from "../contracts/limits";
import { openPatientCard, patientCardFields, sealPatientCard } from "./patientCard";

const CONTRACT: Address = "0x5FbDB2315678afecb367f032d93F642f64180aa3";
const CAROL: Address = "0x90F79bf6EB2c4f870365E785982E1f101E93b906";
const ALICE: Address = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";
const doctor = (() => {
  const secretKey = x25519.utils.randomSecretKey();
  return { secretKey, publicKey: x25519.getPublicKey(secretKey) };
})();
const carol = { name: "Carol Diaz", birthDate: "1984-03-12" };
const sealFor = (card: { name: string; birthDate?: string }) =>
  sealPatientCard(card, doctor.publicKey, 31337, CONTRACT, CAROL, ALICE);

describe("patient cards", () => {
  it("open for their doctor, in their context only", () => {
    const sealed = sealFor(carol);
    expect(openPatientCard(sealed, doctor, 31337, CONTRACT, CAROL, ALICE)).toEqual(carol);
    expect(openPatientCard(sealed, doctor, 31337, CONTRACT, ALICE, CAROL)).toBeNull();
    expect(openPatientCard(sealed, doctor, 1, CONTRACT, CAROL, ALICE)).toBeNull();
  });

  /** Third review, finding 1: version 1 published SHA-256 of {"v":1,"name":…,"birthDate":…} beside the card. */
  it("publish nothing a dictionary of names × 80 years of birth dates can match", { timeout: 60_000 }, () => {
    const dates = birthDates();
    expect(dates.length).toBeGreaterThan(29_000);
    // Control: the attack finds a card published the way version 1 did, so it does look.
    const v1 = sealFor(carol);
    const v1Hash = createHash("sha256")
      .update(JSON.stringify({ v: 1, ...carol }))
      .digest("hex");
    const asVersion1 = concatHex([sliceHex(v1, 0, LIMITS.wrappedKeyBytes), `0x${v1Hash}`, sliceHex(v1, 104)]);
    expect(dictionaryAttack(asVersion1, ["Carol Diaz"], dates)).toMatchObject([
      { name: "Carol Diaz", birthDate: "1984-03-12" },
    ]);

    const published = [sealFor(carol), sealFor({ name: "Carol Diaz" })];
    expect(dictionaryAttack(published.join(""), ["Carol Diaz", "Dev Patel"], dates)).toEqual([]);
  });

  it("do not tell a name's length by their size", () => {
    const sizes = ["Li", "Carol Diaz", "Maximilian Alexander von Habsburg-Lothringen"].map(
      (name) => hexToBytes(sealFor({ name, birthDate: "1984-03-12" })).length,
    );
    expect(new Set(sizes).size).toBe(1);
  });

  it("refuse control characters in a name", () => {
    expect(patientCardFields.safeParse({ name: "Carol\u0000Diaz", birthDate: "" }).success).toBe(false);
    expect(patientCardFields.safeParse({ name: "Carol Díaz", birthDate: "" }).success).toBe(true);
  });

  it("always fit the contract's limit, whatever a valid name holds", () => {
    for (const name of ["Ä".repeat(32), '"'.repeat(64), "\\".repeat(64), "😀".repeat(16)]) {
      const sealed: Hex = sealFor({ name, birthDate: "1984-03-12" });
      expect(hexToBytes(sealed).length).toBeLessThanOrEqual(LIMITS.cardBytes);
      expect(openPatientCard(sealed, doctor, 31337, CONTRACT, CAROL, ALICE)?.name).toBe(name);
    }
  });
});
