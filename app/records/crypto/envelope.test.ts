import { x25519 } from "@noble/curves/ed25519.js";
import { sha256 } from "@noble/hashes/sha2.js";
import { utf8ToBytes } from "@noble/hashes/utils.js";
import { bytesToHex, type Hex } from "viem";
import { describe, expect, it } from "vitest";
import { openRecord, sealRecord, unwrapKey, wrapKey } from "./envelope";
import { deriveKeyPair, keyDerivationMessage } from "./keys";

const reader = () => {
  const secretKey = x25519.utils.randomSecretKey();
  return { secretKey, publicKey: x25519.getPublicKey(secretKey) };
};
const text = utf8ToBytes('{"condition":"Influenza A","treatment":"oseltamivir 75 mg"}');

describe("sealRecord and openRecord", () => {
  it("lets every named reader, and only them, decrypt the record", () => {
    const [patient, doctor, stranger] = [reader(), reader(), reader()];
    const sealed = sealRecord(text, [patient.publicKey, doctor.publicKey]);
    for (const [index, who] of [patient, doctor].entries()) {
      const key = unwrapKey(sealed.wrappedKeys[index] as Hex, who.secretKey);
      expect(openRecord(sealed.payload, key, sealed.contentHash)).toEqual({ ok: true, plaintext: text });
    }
    expect(() => unwrapKey(sealed.wrappedKeys[0] as Hex, stranger.secretKey)).toThrow();
  });

  it("never puts the plaintext in what goes on chain, and hashes it with SHA-256", () => {
    const sealed = sealRecord(text, [reader().publicKey]);
    const plainHex = bytesToHex(text).slice(2);
    expect(sealed.payload).not.toContain(plainHex);
    expect(sealed.payload).not.toContain(bytesToHex(utf8ToBytes("Influenza")).slice(2));
    expect(sealed.contentHash).toBe(bytesToHex(sha256(text)));
  });

  it("reports a payload altered on the way as undecryptable and a wrong hash as tampered", () => {
    const patient = reader();
    const sealed = sealRecord(text, [patient.publicKey]);
    const key = unwrapKey(sealed.wrappedKeys[0] as Hex, patient.secretKey);
    const flipped = `${sealed.payload.slice(0, -2)}${sealed.payload.endsWith("00") ? "01" : "00"}` as Hex;
    expect(openRecord(flipped, key, sealed.contentHash)).toEqual({ ok: false, reason: "undecryptable" });
    expect(openRecord(sealed.payload, key, bytesToHex(sha256(utf8ToBytes("other"))))).toEqual({
      ok: false,
      reason: "tampered",
    });
  });

  it("re-wraps a content key for a new reader (sharing)", () => {
    const [patient, newDoctor] = [reader(), reader()];
    const sealed = sealRecord(text, [patient.publicKey]);
    const key = unwrapKey(sealed.wrappedKeys[0] as Hex, patient.secretKey);
    const shared = wrapKey(key, newDoctor.publicKey);
    expect(openRecord(sealed.payload, unwrapKey(shared, newDoctor.secretKey), sealed.contentHash).ok).toBe(
      true,
    );
  });
});

describe("deriveKeyPair", () => {
  const contract = "0x5FbDB2315678afecb367f032d93F642f64180aa3";
  const signature = `0x${"ab".repeat(65)}` as Hex;

  it("is deterministic for one signature and separated by chain and contract", () => {
    const a = deriveKeyPair(signature, 31337, contract);
    expect(deriveKeyPair(signature, 31337, contract).publicKey).toEqual(a.publicKey);
    expect(deriveKeyPair(signature, 1, contract).publicKey).not.toEqual(a.publicKey);
    expect(
      deriveKeyPair(signature, 31337, "0x0000000000000000000000000000000000000001").publicKey,
    ).not.toEqual(a.publicKey);
    expect(x25519.getPublicKey(a.secretKey)).toEqual(a.publicKey);
  });

  it("signs a message that names the chain and contract and says it is no transaction", () => {
    const message = keyDerivationMessage(31337, contract);
    expect(message).toContain("Chain: 31337");
    expect(message).toContain(contract.toLowerCase());
    expect(message).toContain("not a transaction");
  });
});
