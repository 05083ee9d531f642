import { xchacha20poly1305 } from "@noble/ciphers/chacha.js";
import { x25519 } from "@noble/curves/ed25519.js";
import { hkdf } from "@noble/hashes/hkdf.js";
import { sha256 } from "@noble/hashes/sha2.js";
import { concatBytes, randomBytes, utf8ToBytes } from "@noble/hashes/utils.js";
import { type Address, bytesToHex, type Hex, hexToBytes } from "viem";
import type { KeyPair } from "./keys";
import { kitEntropy } from "./recoveryKit";

/**
 * How a records key is unlocked. Its secret is made at random in the browser and published only sealed, once per
 * unlocker the account chose, so that any device can fetch the sealed copies and any one unlocker opens them:
 * - `derived`: no copy: the key is derived from the wallet's signature itself (accounts set up before unlockers);
 * - `wallet`: sealed under a key derived from the wallet's signature (wallets that sign deterministically);
 * - `kit`: sealed under a key derived from the 24 words of a recovery kit;
 * - `passkey`: sealed under a key derived from a passkey's PRF output (WebAuthn's `prf` extension), with the
 *   passkey's credential id so that the browser can ask for that passkey (one per passkey added);
 * - `replaced`: no unlocker but the secrets of the keys this one replaced, sealed under a key derived from this
 *   one's secret, so that whoever opens the current key still reads what was sealed for the older ones.
 */
export type UnlockerKind = "derived" | "wallet" | "kit" | "passkey" | "replaced";
export type Unlocker =
  | { kind: "derived" }
  | { kind: "wallet" | "kit" | "replaced"; sealed: Uint8Array }
  | { kind: "passkey"; credentialId: Uint8Array; sealed: Uint8Array };

const VERSION = 1;
const CODE: Record<UnlockerKind, number> = { derived: 0, wallet: 1, kit: 2, passkey: 3, replaced: 4 };
const KIND_OF = new Map(Object.entries(CODE).map(([kind, code]) => [code, kind as UnlockerKind]));
const NONCE_BYTES = 24;
/** An X25519 secret key. */
export const SECRET_BYTES = 32;
/** A sealed copy: nonce ‖ secret encrypted with its 16-byte tag. */
export const SEALED_BYTES = NONCE_BYTES + SECRET_BYTES + 16;

/** A new records key pair, at random: nothing about the account or its wallet can recompute it. */
export function newRecordsKeyPair(): KeyPair {
  const secretKey = x25519.utils.randomSecretKey();
  return { secretKey, publicKey: x25519.getPublicKey(secretKey) };
}

export const keyPairOf = (secretKey: Uint8Array): KeyPair => ({
  secretKey,
  publicKey: x25519.getPublicKey(secretKey),
});

/** The sealed copies as the contract keeps them: a version byte, then per unlocker its code, length and bytes. */
export function encodeUnlockers(unlockers: readonly Unlocker[]): Hex {
  const parts = unlockers.map((unlocker) => {
    const body = bodyOf(unlocker);
    return concatBytes(Uint8Array.of(CODE[unlocker.kind], body.length >> 8, body.length & 0xff), body);
  });
  return bytesToHex(concatBytes(Uint8Array.of(VERSION), ...parts));
}

function bodyOf(unlocker: Unlocker): Uint8Array {
  if (unlocker.kind === "derived") return new Uint8Array();
  if (unlocker.kind !== "passkey") return unlocker.sealed;
  return concatBytes(Uint8Array.of(unlocker.credentialId.length), unlocker.credentialId, unlocker.sealed);
}

/** A passkey unlocker's body: the credential id's length (one byte), the id, the sealed copy. */
function passkeyOf(body: Uint8Array): Unlocker {
  const idLength = body[0] ?? 0;
  if (body.length < 1 + idLength + SEALED_BYTES) throw new Error("Truncated passkey unlocker");
  return { kind: "passkey", credentialId: body.slice(1, 1 + idLength), sealed: body.slice(1 + idLength) };
}

/** The contract's bytes back into unlockers; kinds this app does not know (a later version's) are skipped. */
export function decodeUnlockers(encoded: Hex): Unlocker[] {
  const bytes = hexToBytes(encoded);
  if (bytes[0] !== VERSION) throw new Error("Unknown unlockers version");
  const unlockers: Unlocker[] = [];
  for (let at = 1; at < bytes.length; ) {
    if (at + 3 > bytes.length) throw new Error("Truncated unlockers");
    const [code, high, low] = [bytes[at], bytes[at + 1], bytes[at + 2]] as [number, number, number];
    const body = bytes.slice(at + 3, at + 3 + ((high << 8) | low));
    at += 3 + ((high << 8) | low);
    if (at > bytes.length) throw new Error("Truncated unlockers");
    const kind = KIND_OF.get(code);
    if (kind === "derived") unlockers.push({ kind });
    else if (kind === "passkey") unlockers.push(passkeyOf(body));
    else if (kind) unlockers.push({ kind, sealed: body });
  }
  return unlockers;
}

/** What a sealed copy is bound to: the unlocker's kind, the chain, the contract and the account. */
export function unlockerContext(kind: UnlockerKind, chainId: number, contract: Address, account: Address) {
  return utf8ToBytes(
    `CareChain records key unlocker v1|${kind}|${chainId}|${contract.toLowerCase()}|${account.toLowerCase()}`,
  );
}

/** The key that seals the secret for a wallet unlocker: HKDF of the wallet's signature, apart from `derived`'s. */
export function walletUnlockKey(signature: Hex): Uint8Array {
  return hkdf(sha256, hexToBytes(signature), utf8ToBytes("CareChain wallet unlocker"), utf8ToBytes("v1"), 32);
}

/** The key that seals the secret for a recovery kit: HKDF of the kit's 256 bits; throws when it is no kit. */
export function kitUnlockKey(kit: string): Uint8Array {
  return hkdf(sha256, kitEntropy(kit), utf8ToBytes("CareChain recovery kit"), utf8ToBytes("v1"), 32);
}

/** The key that seals the secrets a records key replaced: HKDF of its own secret, apart from every unlocker's. */
export function replacedKeysKey(secret: Uint8Array): Uint8Array {
  return hkdf(sha256, secret, utf8ToBytes("CareChain replaced records keys"), utf8ToBytes("v1"), 32);
}

/** The key that seals the secret for a passkey: HKDF of the 32 bytes its PRF returned for the app's salt. */
export function passkeyUnlockKey(prfOutput: Uint8Array): Uint8Array {
  return hkdf(sha256, prfOutput, utf8ToBytes("CareChain passkey unlocker"), utf8ToBytes("v1"), 32);
}

export function sealSecret(secret: Uint8Array, unlockKey: Uint8Array, context: Uint8Array): Uint8Array {
  const nonce = randomBytes(NONCE_BYTES);
  return concatBytes(nonce, xchacha20poly1305(unlockKey, nonce, context).encrypt(secret));
}

/** The secret; throws when the unlock key or the context is not the one it was sealed with, or it was altered. */
export function openSecret(sealed: Uint8Array, unlockKey: Uint8Array, context: Uint8Array): Uint8Array {
  const nonce = sealed.slice(0, NONCE_BYTES);
  return xchacha20poly1305(unlockKey, nonce, context).decrypt(sealed.slice(NONCE_BYTES));
}
