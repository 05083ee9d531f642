import { x25519 } from "@noble/curves/ed25519.js";
import { sha256 } from "@noble/hashes/sha2.js";
import { utf8ToBytes } from "@noble/hashes/utils.js";
import { type Address, bytesToHex, type Hex } from "viem";
import { describe, expect, it } from "vitest";
import { cardContext, openRecord, recordContext, sealRecord, unwrapKey, wrapKey } from "./envelope";
import { deriveKeyPair, keyDerivationMessage, normalizedSignature } from "./keys";

const reader = () => {
  const secretKey = x25519.utils.randomSecretKey();
  return { secretKey, publicKey: x25519.getPublicKey(secretKey) };
};
const CONTRACT: Address = "0x5FbDB2315678afecb367f032d93F642f64180aa3";
const PATIENT: Address = "0x90F79bf6EB2c4f870365E785982E1f101E93b906";
const DR_A: Address = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";
const DR_B: Address = "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC";
const context = recordContext(31337, CONTRACT, PATIENT, DR_A);
const text = utf8ToBytes('{"condition":"Influenza A","treatment":"oseltamivir 75 mg"}');

describe("sealRecord and openRecord", () => {
  it("lets every named reader, and only them, decrypt the record", () => {
    const [patient, doctor, stranger] = [reader(), reader(), reader()];
    const sealed = sealRecord(text, [patient.publicKey, doctor.publicKey], context);
    for (const [index, who] of [patient, doctor].entries()) {
      const key = unwrapKey(sealed.wrappedKeys[index] as Hex, who.secretKey, context);
      expect(openRecord(sealed.payload, key, sealed.contentHash, context)).toEqual({
        ok: true,
        plaintext: text,
      });
    }
    expect(() => unwrapKey(sealed.wrappedKeys[0] as Hex, stranger.secretKey, context)).toThrow();
  });

  it("never puts the plaintext in what goes on chain, and hashes it with SHA-256", () => {
    const sealed = sealRecord(text, [reader().publicKey], context);
    expect(sealed.payload).not.toContain(bytesToHex(text).slice(2));
    expect(sealed.payload).not.toContain(bytesToHex(utf8ToBytes("Influenza")).slice(2));
    expect(sealed.contentHash).toBe(bytesToHex(sha256(text)));
  });

  it("reports a payload altered on the way as undecryptable and a wrong hash as tampered", () => {
    const patient = reader();
    const sealed = sealRecord(text, [patient.publicKey], context);
    const key = unwrapKey(sealed.wrappedKeys[0] as Hex, patient.secretKey, context);
    const flipped = `${sealed.payload.slice(0, -2)}${sealed.payload.endsWith("00") ? "01" : "00"}` as Hex;
    expect(openRecord(flipped, key, sealed.contentHash, context)).toEqual({
      ok: false,
      reason: "undecryptable",
    });
    expect(openRecord(sealed.payload, key, bytesToHex(sha256(utf8ToBytes("other"))), context)).toEqual({
      ok: false,
      reason: "tampered",
    });
  });

  /** Review finding 5: another doctor with consent could copy Dr A's payload, hash and keys into their own record. */
  it("refuses a record replayed under another author, patient, contract or chain", () => {
    const patient = reader();
    const sealed = sealRecord(text, [patient.publicKey], context);
    for (const elsewhere of [
      recordContext(31337, CONTRACT, PATIENT, DR_B),
      recordContext(31337, CONTRACT, DR_B, DR_A),
      recordContext(31337, DR_B, PATIENT, DR_A),
      recordContext(1, CONTRACT, PATIENT, DR_A),
      cardContext(31337, CONTRACT, PATIENT, DR_A),
    ]) {
      expect(() => unwrapKey(sealed.wrappedKeys[0] as Hex, patient.secretKey, elsewhere)).toThrow();
      const key = unwrapKey(sealed.wrappedKeys[0] as Hex, patient.secretKey, context);
      expect(openRecord(sealed.payload, key, sealed.contentHash, elsewhere).ok).toBe(false);
    }
  });

  it("re-wraps a content key for a new reader (sharing)", () => {
    const [patient, newDoctor] = [reader(), reader()];
    const sealed = sealRecord(text, [patient.publicKey], context);
    const key = unwrapKey(sealed.wrappedKeys[0] as Hex, patient.secretKey, context);
    const shared = wrapKey(key, newDoctor.publicKey, context);
    expect(
      openRecord(sealed.payload, unwrapKey(shared, newDoctor.secretKey, context), sealed.contentHash, context)
        .ok,
    ).toBe(true);
  });
});

describe("deriveKeyPair", () => {
  const signature = `0x${"ab".repeat(64)}1b` as Hex;

  it("is deterministic for one signature and separated by chain and contract", () => {
    const a = deriveKeyPair(signature, 31337, CONTRACT);
    expect(deriveKeyPair(signature, 31337, CONTRACT).publicKey).toEqual(a.publicKey);
    expect(deriveKeyPair(signature, 1, CONTRACT).publicKey).not.toEqual(a.publicKey);
    expect(
      deriveKeyPair(signature, 31337, "0x0000000000000000000000000000000000000001").publicKey,
    ).not.toEqual(a.publicKey);
    expect(x25519.getPublicKey(a.secretKey)).toEqual(a.publicKey);
  });

  /** Review finding 2: the signature went into HKDF unchecked. */
  it("refuses what is not a 65-byte signature: 0x, a short value, a contract wallet's own format", () => {
    for (const bad of ["0x", "0x1234", `0x${"ab".repeat(64)}`, `0x${"ab".repeat(66)}`, "hello"]) {
      expect(normalizedSignature(bad)).toBeUndefined();
      expect(() => deriveKeyPair(bad as Hex, 31337, CONTRACT)).toThrow();
    }
  });

  it("gives one account one key whether the wallet writes v as 0/1 or 27/28", () => {
    const body = "ab".repeat(64);
    expect(deriveKeyPair(`0x${body}00`, 31337, CONTRACT).publicKey).toEqual(
      deriveKeyPair(`0x${body}1b`, 31337, CONTRACT).publicKey,
    );
    expect(deriveKeyPair(`0x${body}01`, 31337, CONTRACT).publicKey).toEqual(
      deriveKeyPair(`0x${body}1c`, 31337, CONTRACT).publicKey,
    );
  });

  it("signs a message that names the chain and contract and says it is no transaction", () => {
    const message = keyDerivationMessage(31337, CONTRACT);
    expect(message).toContain("Chain: 31337");
    expect(message).toContain(CONTRACT.toLowerCase());
    expect(message).toContain("not a transaction");
  });
});
