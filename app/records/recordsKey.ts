import { concatBytes } from "@noble/hashes/utils.js";
import { type Address, bytesToHex, type Hex } from "viem";
import { deriveKeyPair, type KeyPair } from "./crypto/keys";
import type { PasskeyAnswer } from "./crypto/passkey";
import { isRecoveryKit } from "./crypto/recoveryKit";
import {
  encodeUnlockers,
  keyPairOf,
  kitUnlockKey,
  openSecret,
  passkeyUnlockKey,
  replacedKeysKey,
  SECRET_BYTES,
  sealSecret,
  type Unlocker,
  type UnlockerKind,
  unlockerContext,
  walletUnlockKey,
} from "./crypto/unlockers";

/** Whose key, on which deployment: every sealed copy is bound to it. */
export type KeyOwner = { chainId: number; contract: Address; account: Address };

/** Why an unlock failed, as the key of the words that say so. */
export class UnlockRefused extends Error {
  constructor(
    readonly reason: "notAKit" | "notThisKit" | "noKit" | "useKitInstead" | "noPasskey" | "notThisPasskey",
  ) {
    super(reason);
  }
}

const sealedFor = (kind: UnlockerKind, secret: Uint8Array, unlockKey: Uint8Array, owner: KeyOwner) =>
  sealSecret(secret, unlockKey, unlockerContext(kind, owner.chainId, owner.contract, owner.account));

const sealed = (
  kind: "wallet" | "kit",
  secret: Uint8Array,
  unlockKey: Uint8Array,
  owner: KeyOwner,
): Unlocker => ({ kind, sealed: sealedFor(kind, secret, unlockKey, owner) });

/** The unlockers as they stand, or, for a key derived from the wallet (none published), that way of unlocking. */
const keptUnlockers = (current: readonly Unlocker[]): Unlocker[] =>
  current.length ? [...current] : [{ kind: "derived" }];

/** `current` and every key it replaced, newest first: the keys a key replacing it replaces. */
const lineOf = ({ replaced = [], ...current }: KeyPair): KeyPair[] => [current, ...replaced];

/** The new key, with the keys it replaced: `current` and those `current` replaced. */
export const replacing = (next: KeyPair, current: KeyPair): KeyPair => ({
  ...next,
  replaced: lineOf(current),
});

/** The secrets of `current` and of every key it replaced, newest first, sealed under the new key's own secret. */
function replacedCopy(secret: Uint8Array, current: KeyPair, owner: KeyOwner): Unlocker {
  const secrets = lineOf(current).map((pair) => pair.secretKey);
  return {
    kind: "replaced",
    sealed: sealedFor("replaced", concatBytes(...secrets), replacedKeysKey(secret), owner),
  };
}

/**
 * The unlockers a new records key is published with: the recovery kit always; the wallet when it signs alike each
 * time (`walletSignature` is then its signature), since a wallet that does not could never open its copy again.
 * A key that replaces `current` (the unlocked key, and those it replaced) also carries their secrets, sealed for
 * it alone, so that every record sealed for them stays readable with the new key and nothing else.
 */
export function unlockersForSetUp(
  secret: Uint8Array,
  kit: string,
  walletSignature: Hex | undefined,
  owner: KeyOwner,
  current?: KeyPair,
): Hex {
  return encodeUnlockers([
    ...(walletSignature ? [sealed("wallet", secret, walletUnlockKey(walletSignature), owner)] : []),
    sealed("kit", secret, kitUnlockKey(kit), owner),
    ...(current ? [replacedCopy(secret, current, owner)] : []),
  ]);
}

/** The opened key with the keys it replaced, from its published unlockers (none when it replaced none). */
export function withReplacedKeys(pair: KeyPair, unlockers: readonly Unlocker[], owner: KeyOwner): KeyPair {
  const copy = unlockers.find((unlocker) => unlocker.kind === "replaced");
  if (copy?.kind !== "replaced") return pair;
  const context = unlockerContext("replaced", owner.chainId, owner.contract, owner.account);
  const secrets = openSecret(copy.sealed, replacedKeysKey(pair.secretKey), context);
  const replaced: KeyPair[] = [];
  for (let at = 0; at < secrets.length; at += SECRET_BYTES)
    replaced.push(keyPairOf(secrets.slice(at, at + SECRET_BYTES)));
  return { ...pair, replaced };
}

/**
 * The account's unlockers with `kit` as its recovery kit (replacing any before). An account whose key is derived
 * from its wallet (set up before unlockers, so with none published) keeps that way of unlocking.
 */
export function unlockersWithKit(
  current: readonly Unlocker[],
  secret: Uint8Array,
  kit: string,
  owner: KeyOwner,
) {
  const kept = keptUnlockers(current).filter((unlocker) => unlocker.kind !== "kit");
  return encodeUnlockers([...kept, sealed("kit", secret, kitUnlockKey(kit), owner)]);
}

const sameId = (a: Uint8Array, b: Uint8Array) => bytesToHex(a) === bytesToHex(b);

/** The account's unlockers with one more passkey (a passkey added again replaces its earlier copy). */
export function unlockersWithPasskey(
  current: readonly Unlocker[],
  secret: Uint8Array,
  { credentialId, prfOutput }: PasskeyAnswer,
  owner: KeyOwner,
) {
  const kept = keptUnlockers(current).filter(
    (unlocker) => unlocker.kind !== "passkey" || !sameId(unlocker.credentialId, credentialId),
  );
  const copy = sealedFor("passkey", secret, passkeyUnlockKey(prfOutput), owner);
  return encodeUnlockers([...kept, { kind: "passkey", credentialId, sealed: copy }]);
}

/** The credential ids of the account's passkeys, for the browser to ask for one of them. */
export const passkeyIds = (unlockers: readonly Unlocker[]) =>
  unlockers.flatMap((unlocker) => (unlocker.kind === "passkey" ? [unlocker.credentialId] : []));

/** The records key the passkey that answered opens. */
export function openWithPasskey(
  unlockers: readonly Unlocker[],
  answer: PasskeyAnswer,
  owner: KeyOwner,
): KeyPair {
  const copy = unlockers.find(
    (unlocker) => unlocker.kind === "passkey" && sameId(unlocker.credentialId, answer.credentialId),
  );
  if (copy?.kind !== "passkey") throw new UnlockRefused("noPasskey");
  return open(copy.sealed, "passkey", passkeyUnlockKey(answer.prfOutput), owner, "notThisPasskey");
}

/** The records key the wallet's signature opens: its sealed copy, or the key derived from it (older accounts). */
export function openWithWallet(unlockers: readonly Unlocker[], signature: Hex, owner: KeyOwner): KeyPair {
  if (unlockers.length === 0 || unlockers.some((unlocker) => unlocker.kind === "derived"))
    return deriveKeyPair(signature, owner.chainId, owner.contract);
  const copy = unlockers.find((unlocker) => unlocker.kind === "wallet");
  if (!copy || copy.kind === "derived") throw new UnlockRefused("useKitInstead");
  return open(copy.sealed, "wallet", walletUnlockKey(signature), owner, "useKitInstead");
}

/** The records key a recovery kit opens. */
export function openWithKit(unlockers: readonly Unlocker[], kit: string, owner: KeyOwner): KeyPair {
  if (!isRecoveryKit(kit)) throw new UnlockRefused("notAKit");
  const copy = unlockers.find((unlocker) => unlocker.kind === "kit");
  if (!copy || copy.kind === "derived") throw new UnlockRefused("noKit");
  return open(copy.sealed, "kit", kitUnlockKey(kit), owner, "notThisKit");
}

function open(
  copy: Uint8Array,
  kind: UnlockerKind,
  unlockKey: Uint8Array,
  owner: KeyOwner,
  refusal: UnlockRefused["reason"],
): KeyPair {
  try {
    return keyPairOf(
      openSecret(copy, unlockKey, unlockerContext(kind, owner.chainId, owner.contract, owner.account)),
    );
  } catch {
    throw new UnlockRefused(refusal);
  }
}

/** Whether `pair` is the key registered on chain (a hex public key, or null when none is). */
export const isRegistered = (pair: KeyPair, registered: Hex | null) =>
  registered !== null && bytesToHex(pair.publicKey) === registered.toLowerCase();
