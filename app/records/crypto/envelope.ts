import { xchacha20poly1305 } from "@noble/ciphers/chacha.js";
import { x25519 } from "@noble/curves/ed25519.js";
import { hkdf } from "@noble/hashes/hkdf.js";
import { sha256 } from "@noble/hashes/sha2.js";
import { concatBytes, randomBytes, utf8ToBytes } from "@noble/hashes/utils.js";
import { type Address, bytesToHex, type Hex, hexToBytes } from "viem";

const NONCE_BYTES = 24;
const KEY_BYTES = 32;
const WRAP_INFO = utf8ToBytes("CareChain record key wrap v2|");

/**
 * Where a sealed payload belongs: the chain, the contract, the patient and the author (for a record), or the
 * patient and the doctor (for a patient card). It is bound into the AEAD's associated data and into every key wrap,
 * so a payload, a hash and wrapped keys copied under another author, patient or contract do not open.
 */
export type SealContext = Uint8Array;

export function recordContext(
  chainId: number,
  contract: Address,
  patient: Address,
  author: Address,
): SealContext {
  return utf8ToBytes(
    `CareChain record v2|${chainId}|${contract.toLowerCase()}|${patient.toLowerCase()}|${author.toLowerCase()}`,
  );
}

export function cardContext(
  chainId: number,
  contract: Address,
  patient: Address,
  doctor: Address,
): SealContext {
  return utf8ToBytes(
    `CareChain patient card v2|${chainId}|${contract.toLowerCase()}|${patient.toLowerCase()}|${doctor.toLowerCase()}`,
  );
}

/** A payload sealed for the chain: the ciphertext and its content key wrapped for each reader. */
export type Sealed = { payload: Hex; wrappedKeys: Hex[]; contentKey: Uint8Array };

/** A sealed record also publishes the SHA-256 of its plaintext, which therefore must carry a random salt. */
export type SealedRecord = Sealed & { contentHash: Hex };

/**
 * Seals `plaintext` under a fresh random content key (XChaCha20-Poly1305, with `context` as associated data) and
 * wraps that key for each reader's X25519 public key. The AEAD alone proves the payload unaltered: nothing about
 * the plaintext is published beside it.
 */
export function seal(plaintext: Uint8Array, readerPublicKeys: Uint8Array[], context: SealContext): Sealed {
  const contentKey = randomBytes(KEY_BYTES);
  const nonce = randomBytes(NONCE_BYTES);
  const ciphertext = xchacha20poly1305(contentKey, nonce, context).encrypt(plaintext);
  return {
    payload: bytesToHex(concatBytes(nonce, ciphertext)),
    wrappedKeys: readerPublicKeys.map((publicKey) => wrapKey(contentKey, publicKey, context)),
    contentKey,
  };
}

/**
 * {@link seal}, plus `contentHash`, the SHA-256 of the plaintext that the contract keeps for the reader to check
 * after decrypting. The hash is public: only a plaintext with a random salt of its own (a record document) may be
 * sealed this way, or a dictionary of likely plaintexts finds it.
 */
export function sealRecord(
  plaintext: Uint8Array,
  readerPublicKeys: Uint8Array[],
  context: SealContext,
): SealedRecord {
  return { ...seal(plaintext, readerPublicKeys, context), contentHash: bytesToHex(sha256(plaintext)) };
}

/**
 * The content key, encrypted for one reader: an ephemeral X25519 key agreement with the reader's public key,
 * HKDF-SHA256 over the shared secret (salted with both public keys, the context in its info), then
 * XChaCha20-Poly1305. Layout: ephemeral public key (32) ‖ nonce (24) ‖ ciphertext with tag (48).
 */
export function wrapKey(contentKey: Uint8Array, readerPublicKey: Uint8Array, context: SealContext): Hex {
  const ephemeralSecret = x25519.utils.randomSecretKey();
  const ephemeralPublic = x25519.getPublicKey(ephemeralSecret);
  const kek = keyEncryptionKey(
    x25519.getSharedSecret(ephemeralSecret, readerPublicKey),
    ephemeralPublic,
    readerPublicKey,
    context,
  );
  const nonce = randomBytes(NONCE_BYTES);
  return bytesToHex(concatBytes(ephemeralPublic, nonce, xchacha20poly1305(kek, nonce).encrypt(contentKey)));
}

/**
 * The reader's side of wrapKey; throws when the key was not wrapped for this reader, in this context, or was
 * altered. Pass the reader's public key when it is at hand: deriving it again costs as much as the agreement.
 */
export function unwrapKey(
  wrapped: Hex,
  readerSecretKey: Uint8Array,
  context: SealContext,
  readerPublic: Uint8Array = x25519.getPublicKey(readerSecretKey),
): Uint8Array {
  const bytes = hexToBytes(wrapped);
  const ephemeralPublic = bytes.slice(0, 32);
  const nonce = bytes.slice(32, 32 + NONCE_BYTES);
  const kek = keyEncryptionKey(
    x25519.getSharedSecret(readerSecretKey, ephemeralPublic),
    ephemeralPublic,
    readerPublic,
    context,
  );
  return xchacha20poly1305(kek, nonce).decrypt(bytes.slice(32 + NONCE_BYTES));
}

export type Opened =
  | { ok: true; plaintext: Uint8Array }
  | { ok: false; reason: "undecryptable" | "tampered" };

/** Decrypts a payload with its content key, in its context: undefined when it was altered or is not for this key. */
export function openSealed(
  payload: Hex,
  contentKey: Uint8Array,
  context: SealContext,
): Uint8Array | undefined {
  const bytes = hexToBytes(payload);
  try {
    return xchacha20poly1305(contentKey, bytes.slice(0, NONCE_BYTES), context).decrypt(
      bytes.slice(NONCE_BYTES),
    );
  } catch {
    return undefined;
  }
}

/**
 * Decrypts a record with its content key, in its context, and checks it against the hash on chain: anything that
 * fails either check is reported, never shown as data.
 */
export function openRecord(
  payload: Hex,
  contentKey: Uint8Array,
  contentHash: Hex,
  context: SealContext,
): Opened {
  const plaintext = openSealed(payload, contentKey, context);
  if (!plaintext) return { ok: false, reason: "undecryptable" };
  if (bytesToHex(sha256(plaintext)) !== contentHash.toLowerCase()) return { ok: false, reason: "tampered" };
  return { ok: true, plaintext };
}

function keyEncryptionKey(
  shared: Uint8Array,
  ephemeralPublic: Uint8Array,
  readerPublic: Uint8Array,
  context: SealContext,
) {
  return hkdf(
    sha256,
    shared,
    concatBytes(ephemeralPublic, readerPublic),
    concatBytes(WRAP_INFO, context),
    KEY_BYTES,
  );
}
