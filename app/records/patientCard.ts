import { utf8ToBytes } from "@noble/hashes/utils.js";
import { type Address, concatHex, type Hex, hexToBytes, sliceHex } from "viem";
import { z } from "zod";
import { LIMITS } from "../contracts/limits";
import { refuse } from "../ui/form/refine";
import { optionalText, requiredText } from "../ui/form/rules";
import { cardContext, openRecord, sealRecord, unwrapKey } from "./crypto/envelope";
import type { KeyPair } from "./crypto/keys";

/**
 * What a patient lets one doctor see of who they are: the name they want to be called and, if they wish, their
 * date of birth. Sealed for that doctor alone, with the same envelope as records; never plaintext on chain.
 */
/** A card's name, in bytes: the whole sealed card must fit PatientRecords.MAX_CARD_BYTES. */
export const CARD_NAME_BYTES = 64;

export const patientCardSchema = z
  .object({
    v: z.literal(1),
    name: requiredText(CARD_NAME_BYTES),
    birthDate: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .optional(),
  })
  .strict();

export type PatientCard = Omit<z.infer<typeof patientCardSchema>, "v">;

/**
 * The card as a patient fills it in before allowing a doctor: both fields may stay empty (no card is sent); a birth
 * date needs a name, and lies in the past.
 */
export const patientCardFields = z
  .object({
    name: optionalText(CARD_NAME_BYTES),
    birthDate: z
      .string()
      .refine((date) => date === "" || (/^\d{4}-\d{2}-\d{2}$/.test(date) && new Date(date) < new Date()), {
        message: "records.consent.card.birthDateInvalid",
      }),
  })
  .transform((values, context): PatientCard | undefined => {
    if (!values.name) {
      if (values.birthDate) refuse(context, "name", "records.consent.card.nameNeeded");
      return undefined;
    }
    return { name: values.name, ...(values.birthDate ? { birthDate: values.birthDate } : {}) };
  });

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
