import { utf8ToBytes } from "@noble/hashes/utils.js";
import { type Address, concatHex, type Hex, hexToBytes, sliceHex } from "viem";
import { z } from "zod";
import { LIMITS } from "../contracts/limits";
import { cardContext, openRecord, sealRecord, unwrapKey } from "./crypto/envelope";
import type { KeyPair } from "./crypto/keys";
import { boundedText } from "./document";

/**
 * What a patient lets one doctor see of who they are: the name they want to be called and, if they wish, their
 * date of birth. Sealed for that doctor alone, with the same envelope as records; never plaintext on chain.
 */
export const patientCardSchema = z
  .object({
    v: z.literal(1),
    name: boundedText(64),
    birthDate: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .optional(),
  })
  .strict();

export type PatientCard = Omit<z.infer<typeof patientCardSchema>, "v">;

const WRAPPED = LIMITS.wrappedKeyBytes;

/** The card sealed for the doctor: their wrapped key ‖ the sealed card (whose hash is checked inside). */
export function sealPatientCard(
  card: PatientCard,
  doctorKey: Uint8Array,
  chainId: number,
  contract: Address,
  patient: Address,
  doctor: Address,
): Hex {
  const plaintext = utf8ToBytes(JSON.stringify({ v: 1, ...card }));
  const sealed = sealRecord(plaintext, [doctorKey], cardContext(chainId, contract, patient, doctor));
  return concatHex([sealed.wrappedKeys[0] as Hex, sealed.contentHash, sealed.payload]);
}

/** The doctor's side: the card, or null when it is absent, not theirs, altered or not a valid card. */
export function openPatientCard(
  sealed: Hex,
  keyPair: KeyPair,
  chainId: number,
  contract: Address,
  patient: Address,
  doctor: Address,
): PatientCard | null {
  if (hexToBytes(sealed).length <= WRAPPED + 32) return null;
  const context = cardContext(chainId, contract, patient, doctor);
  try {
    const key = unwrapKey(sliceHex(sealed, 0, WRAPPED), keyPair.secretKey, context, keyPair.publicKey);
    const opened = openRecord(
      sliceHex(sealed, WRAPPED + 32),
      key,
      sliceHex(sealed, WRAPPED, WRAPPED + 32),
      context,
    );
    if (!opened.ok) return null;
    const parsed = patientCardSchema.safeParse(JSON.parse(new TextDecoder().decode(opened.plaintext)));
    return parsed.success ? { name: parsed.data.name, birthDate: parsed.data.birthDate } : null;
  } catch {
    return null;
  }
}
