import { sha256 } from "@noble/hashes/sha2.js";
import { randomBytes, utf8ToBytes } from "@noble/hashes/utils.js";

/**
 * A passkey as an unlocker: WebAuthn's `prf` extension returns 32 bytes that only this passkey (and this site)
 * can produce for a given salt, the same on every use and every device the passkey syncs to. A thin typed wrapper
 * over the browser's API; no server checks the assertion (there is none): only the PRF output is used, and it is
 * worth nothing without the sealed copy on chain, which it opens.
 */

/** The one salt the app asks the PRF for; the browser hashes it again with WebAuthn's own prefix. */
const PRF_SALT = buffer(sha256(utf8ToBytes("CareChain records key unlocker v1")));

/** The bytes in an ArrayBuffer of their own, as WebAuthn's types take them. */
function buffer(bytes: Uint8Array): ArrayBuffer {
  return bytes.slice().buffer as ArrayBuffer;
}

export type PasskeyAnswer = { credentialId: Uint8Array; prfOutput: Uint8Array };

/** Why a passkey could not unlock: the key of the words that say so. */
export class PasskeyRefused extends Error {
  constructor(readonly reason: "unsupported" | "noPrf" | "cancelled") {
    super(reason);
  }
}

/** WebAuthn refuses an IP address as the relying party: a page at 127.0.0.1 cannot use passkeys, localhost can. */
export const isIpAddress = (hostname: string) =>
  /^\d{1,3}(\.\d{1,3}){3}$/.test(hostname) || hostname.startsWith("[");

/** Whether this page can ask for passkeys at all: a secure page (https or localhost) named, not an IP address. */
export const passkeysAvailable = () =>
  typeof window !== "undefined" &&
  window.isSecureContext &&
  typeof PublicKeyCredential !== "undefined" &&
  !isIpAddress(window.location.hostname);

const prfOf = (credential: PublicKeyCredential): Uint8Array | undefined => {
  const first = credential.getClientExtensionResults().prf?.results?.first;
  return first ? new Uint8Array(first as ArrayBuffer) : undefined;
};

async function ask<kind extends "create" | "get">(
  kind: kind,
  options: kind extends "create" ? PublicKeyCredentialCreationOptions : PublicKeyCredentialRequestOptions,
): Promise<PublicKeyCredential> {
  if (!passkeysAvailable()) throw new PasskeyRefused("unsupported");
  try {
    const credential = await navigator.credentials[kind]({ publicKey: options } as never);
    if (!credential) throw new PasskeyRefused("cancelled");
    return credential as PublicKeyCredential;
  } catch (caught) {
    if (caught instanceof PasskeyRefused) throw caught;
    // NotAllowedError: the person cancelled, or the prompt timed out; the browser does not say which.
    const unsupported = ["NotSupportedError", "SecurityError"];
    throw new PasskeyRefused(
      caught instanceof DOMException && unsupported.includes(caught.name) ? "unsupported" : "cancelled",
    );
  }
}

/** The PRF output of one of `credentialIds` (the person picks which, if several are on this device). */
export async function passkeyPrf(credentialIds: readonly Uint8Array[]): Promise<PasskeyAnswer> {
  const credential = await ask("get", {
    challenge: buffer(randomBytes(32)),
    allowCredentials: credentialIds.map((id) => ({ type: "public-key", id: buffer(id) })),
    userVerification: "required",
    extensions: { prf: { eval: { first: PRF_SALT } } },
  });
  const prfOutput = prfOf(credential);
  if (!prfOutput) throw new PasskeyRefused("noPrf");
  return { credentialId: new Uint8Array(credential.rawId), prfOutput };
}

/**
 * Makes a new passkey for the records key of `label` (the account, as the person will see it in their passkey
 * list) and returns its PRF output: from the creation where the authenticator gives it, else from a first use.
 */
export async function createPasskey(label: string): Promise<PasskeyAnswer> {
  const credential = await ask("create", {
    rp: { name: "CareChain" },
    user: { id: buffer(randomBytes(16)), name: label, displayName: label },
    challenge: buffer(randomBytes(32)),
    pubKeyCredParams: [
      { type: "public-key", alg: -7 },
      { type: "public-key", alg: -257 },
    ],
    authenticatorSelection: { residentKey: "required", userVerification: "required" },
    extensions: { prf: { eval: { first: PRF_SALT } } },
  });
  const credentialId = new Uint8Array(credential.rawId);
  const atCreation = prfOf(credential);
  if (atCreation) return { credentialId, prfOutput: atCreation };
  if (credential.getClientExtensionResults().prf?.enabled === false) throw new PasskeyRefused("noPrf");
  return passkeyPrf([credentialId]);
}
