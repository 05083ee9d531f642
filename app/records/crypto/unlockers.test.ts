import fc from "fast-check";
import { type Address, bytesToHex, type Hex } from "viem";
import { describe, expect, it } from "vitest";
import { isRecoveryKit, kitEntropy, newRecoveryKit, normalizeKit, positionsToConfirm } from "./recoveryKit";
import {
  decodeUnlockers,
  encodeUnlockers,
  kitUnlockKey,
  newRecordsKeyPair,
  openSecret,
  SEALED_BYTES,
  sealSecret,
  type Unlocker,
  type UnlockerKind,
  unlockerContext,
  walletUnlockKey,
} from "./unlockers";

const CONTRACT: Address = "0x5FbDB2315678afecb367f032d93F642f64180aa3";
const CAROL: Address = "0x90F79bf6EB2c4f870365E785982E1f101E93b906";
const DEV: Address = "0x15d34AAf54267DB7D7c367839AAf71A00a2C6A65";
const SIGNATURE: Hex = `0x${"ab".repeat(65)}`;
const context = (kind: UnlockerKind, account = CAROL) => unlockerContext(kind, 31337, CONTRACT, account);

describe("recovery kits", () => {
  it("are 24 words with 256 bits of entropy, and read back whatever the case, spacing or numbering", () => {
    const kit = newRecoveryKit();
    expect(kit).toHaveLength(24);
    expect(kitEntropy(kit.join(" "))).toHaveLength(32);
    const typed = kit.map((word, i) => `${i + 1}. ${word.toUpperCase()}`).join("\n  ");
    expect(normalizeKit(typed)).toBe(kit.join(" "));
    expect(isRecoveryKit(typed)).toBe(true);
  });

  it("refuse a kit with one word changed, missing or added (the checksum)", () => {
    const kit = newRecoveryKit();
    const changed = [...kit];
    changed[5] = kit[5] === "abandon" ? "ability" : "abandon";
    expect(isRecoveryKit(changed.join(" "))).toBe(false);
    expect(isRecoveryKit(kit.slice(1).join(" "))).toBe(false);
    expect(isRecoveryKit([...kit, "zoo"].join(" "))).toBe(false);
    expect(() => kitUnlockKey(changed.join(" "))).toThrow();
  });

  it("ask distinct positions to confirm", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 2 }), (seed) => {
        // A small linear congruential generator: any seed, a reproducible sequence.
        let state = seed;
        const random = () => {
          state = (state * 48271) % (2 ** 31 - 1);
          return state / (2 ** 31 - 1);
        };
        const positions = positionsToConfirm(3, random);
        expect(new Set(positions).size).toBe(3);
        expect(positions.every((position) => position >= 0 && position < 24)).toBe(true);
      }),
    );
  });
});

describe("sealed copies of a records key", () => {
  it("open with the kit or the wallet signature they were sealed under, in their context only", () => {
    const { secretKey } = newRecordsKeyPair();
    const kit = newRecoveryKit().join(" ");
    const byKit = sealSecret(secretKey, kitUnlockKey(kit), context("kit"));
    const byWallet = sealSecret(secretKey, walletUnlockKey(SIGNATURE), context("wallet"));
    expect(byKit).toHaveLength(SEALED_BYTES);
    expect(openSecret(byKit, kitUnlockKey(kit), context("kit"))).toEqual(secretKey);
    expect(openSecret(byWallet, walletUnlockKey(SIGNATURE), context("wallet"))).toEqual(secretKey);
    // Another kit, the other kind's context, another account: nothing opens.
    expect(() => openSecret(byKit, kitUnlockKey(newRecoveryKit().join(" ")), context("kit"))).toThrow();
    expect(() => openSecret(byKit, kitUnlockKey(kit), context("wallet"))).toThrow();
    expect(() => openSecret(byKit, kitUnlockKey(kit), context("kit", DEV))).toThrow();
  });

  it("never carry the secret or the kit's entropy in the clear", () => {
    const { secretKey } = newRecordsKeyPair();
    const kit = newRecoveryKit().join(" ");
    const encoded = encodeUnlockers([
      { kind: "kit", sealed: sealSecret(secretKey, kitUnlockKey(kit), context("kit")) },
    ]);
    expect(encoded).not.toContain(bytesToHex(secretKey).slice(2));
    expect(encoded).not.toContain(bytesToHex(kitEntropy(kit)).slice(2));
  });

  it("round-trip through the contract's bytes, and an altered copy no longer opens", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom("derived", "wallet", "kit", "passkey"), { minLength: 1, maxLength: 4 }),
        fc.uint8Array({ minLength: 16, maxLength: 64 }),
        fc.nat(),
        (kinds, credentialId, flip) => {
          const { secretKey } = newRecordsKeyPair();
          const unlockKey = walletUnlockKey(SIGNATURE);
          const unlockers: Unlocker[] = kinds.map((kind) => {
            if (kind === "derived") return { kind };
            const sealed = sealSecret(secretKey, unlockKey, context(kind));
            return kind === "passkey" ? { kind, credentialId, sealed } : { kind, sealed };
          });
          const decoded = decodeUnlockers(encodeUnlockers(unlockers));
          expect(decoded).toEqual(unlockers);
          const sealed = decoded.find((unlocker) => unlocker.kind !== "derived") as
            | Extract<Unlocker, { sealed: Uint8Array }>
            | undefined;
          if (!sealed) return;
          const altered = Uint8Array.from(sealed.sealed);
          altered[flip % altered.length] = (altered[flip % altered.length] as number) ^ 1;
          expect(() => openSecret(altered, unlockKey, context(sealed.kind))).toThrow();
        },
      ),
      { numRuns: 50 },
    );
  });

  it("skip a kind a later version adds, and refuse truncated bytes", () => {
    const known = encodeUnlockers([{ kind: "derived" }]);
    expect(decodeUnlockers(`${known}090001ff` as Hex)).toEqual([{ kind: "derived" }]);
    expect(() => decodeUnlockers(`${known}0100` as Hex)).toThrow();
    expect(() => decodeUnlockers("0x02")).toThrow();
  });
});
