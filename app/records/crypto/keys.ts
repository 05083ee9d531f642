import { x25519 } from "@noble/curves/ed25519.js";
import { hkdf } from "@noble/hashes/hkdf.js";
import { sha256 } from "@noble/hashes/sha2.js";
import { utf8ToBytes } from "@noble/hashes/utils.js";
import { type Address, type Hex, hexToBytes, isHex, parseSignature, serializeSignature } from "viem";

/**
 * An X25519 key pair. A records key also carries the keys it replaced (newest first): what was sealed for one of
 * them, before the account replaced its key, still opens.
 */
export type KeyPair = { secretKey: Uint8Array; publicKey: Uint8Array; replaced?: readonly KeyPair[] };

/** `open` with the key, else with each key it replaced in turn; throws the current key's failure if none opens. */
export function withAnyKey<T>(pair: KeyPair, open: (key: KeyPair) => T): T {
  try {
    return open(pair);
  } catch (failure) {
    for (const older of pair.replaced ?? []) {
      try {
        return open(older);
      } catch {}
    }
    throw failure;
  }
}

/**
 * What the user signs to unlock their records. Fixed per chain and contract (domain separation): the same wallet
 * gets a different key on another deployment, and the text says plainly that this is no transaction.
 */
export function keyDerivationMessage(chainId: number, contract: Address): string {
  return [
    "CareChain: unlock my encrypted health records.",
    "",
    "Signing this creates the key that encrypts and decrypts your medical records in this browser.",
    "It is not a transaction and costs nothing. Only sign it on the CareChain app.",
    "",
    `Chain: ${chainId}`,
    `Records contract: ${contract.toLowerCase()}`,
    "Version: 1",
  ].join("\n");
}

/**
 * A signature as key material: exactly 65 bytes (r ‖ s ‖ v), with v written as 27 or 28 whatever the wallet
 * returned (0/1 and 27/28 are the same signature), or undefined when the wallet returned something else (`0x`, a
 * short value, a smart-contract wallet's own format): such bytes could be recomputed by anyone and must never
 * become a key.
 */
export function normalizedSignature(signature: string): Hex | undefined {
  if (!isHex(signature) || signature.length !== 2 + 65 * 2) return undefined;
  try {
    const { r, s, v, yParity } = parseSignature(signature);
    return serializeSignature({ r, s, v: v ?? BigInt(27 + (yParity ?? 0)) });
  } catch {
    return undefined;
  }
}

/**
 * The X25519 key pair behind a signature of that message: HKDF-SHA256 of the normalised signature, with the chain
 * id and contract address in the salt. Deterministic for wallets that sign deterministically (RFC 6979), which is
 * why setup signs twice and compares; the caller checks first that the signature is the account's own.
 */
export function deriveKeyPair(signature: Hex, chainId: number, contract: Address): KeyPair {
  const normal = normalizedSignature(signature);
  if (!normal) throw new Error("Not a 65-byte signature");
  const salt = utf8ToBytes(`CareChain records key | chain ${chainId} | ${contract.toLowerCase()}`);
  const secretKey = hkdf(sha256, hexToBytes(normal), salt, utf8ToBytes("x25519 secret key v1"), 32);
  return { secretKey, publicKey: x25519.getPublicKey(secretKey) };
}
