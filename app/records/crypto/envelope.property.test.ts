import { x25519 } from "@noble/curves/ed25519.js";
import fc from "fast-check";
import { type Address, bytesToHex, getAddress, type Hex, hexToBytes } from "viem";
import { describe, expect, it } from "vitest";
import { encodeRecord } from "../document";
import { openRecord, recordContext, sealRecord, unwrapKey } from "./envelope";

const address = fc
  .uint8Array({ minLength: 20, maxLength: 20 })
  .map((bytes) => getAddress(bytesToHex(bytes)) as Address);
const keyPair = fc
  .uint8Array({ minLength: 32, maxLength: 32 })
  .map((secretKey) => ({ secretKey, publicKey: x25519.getPublicKey(secretKey) }));
const text = (maxLength: number) =>
  fc.string({ minLength: 1, maxLength }).filter((value) => value.trim() !== "");
const document = fc.record({
  diagnosis: text(60),
  treatment: text(80),
  notes: fc.option(text(120), { nil: undefined }),
  icd10: fc.constantFrom(undefined, "J10.1", "E11", "B20"),
  date: fc.constantFrom("2026-11-25", "1999-01-01"),
});
const context = fc.record({
  chainId: fc.integer({ min: 1, max: 2 ** 31 }),
  contract: address,
  patient: address,
  author: address,
});
const flip = (hex: Hex, at: number) => {
  const bytes = hexToBytes(hex);
  const index = at % bytes.length;
  bytes[index] = (bytes[index] as number) ^ 0x01;
  return bytesToHex(bytes);
};

describe("the record envelope, for any document, keys and context", () => {
  it("opens what it sealed, for every reader it was sealed for", () => {
    fc.assert(
      fc.property(document, keyPair, keyPair, context, (input, patient, author, where) => {
        const plaintext = encodeRecord(input);
        const bound = recordContext(where.chainId, where.contract, where.patient, where.author);
        const sealed = sealRecord(plaintext, [patient.publicKey, author.publicKey], bound);
        [patient, author].forEach((reader, i) => {
          const key = unwrapKey(sealed.wrappedKeys[i] as Hex, reader.secretKey, bound);
          expect(openRecord(sealed.payload, key, sealed.contentHash, bound)).toEqual({ ok: true, plaintext });
        });
      }),
      { numRuns: 60 },
    );
  });

  it("refuses any change of the ciphertext, of the wrapped key or of the context", () => {
    fc.assert(
      fc.property(document, keyPair, context, address, fc.nat(), (input, patient, where, other, at) => {
        const bound = recordContext(where.chainId, where.contract, where.patient, where.author);
        const sealed = sealRecord(encodeRecord(input), [patient.publicKey], bound);
        const wrapped = sealed.wrappedKeys[0] as Hex;
        const key = unwrapKey(wrapped, patient.secretKey, bound);
        expect(openRecord(flip(sealed.payload, at), key, sealed.contentHash, bound).ok).toBe(false);
        expect(() => unwrapKey(flip(wrapped, at), patient.secretKey, bound)).toThrow();
        fc.pre(other !== where.author);
        const moved = recordContext(where.chainId, where.contract, where.patient, other);
        expect(() => unwrapKey(wrapped, patient.secretKey, moved)).toThrow();
        expect(openRecord(sealed.payload, key, sealed.contentHash, moved).ok).toBe(false);
      }),
      { numRuns: 60 },
    );
  });
});
