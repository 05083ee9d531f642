import { utf8ToBytes } from "@noble/hashes/utils.js";
import { type Address, concatHex, type Hex, hexToBytes, sliceHex } from "viem";
import { z } from "zod";
import { LIMITS } from "../contracts/limits";
import { refuse } from "../ui/form/refine";
import { optionalText, requiredText } from "../ui/form/rules";
import { cardContext, openSealed, seal, unwrapKey } from "./crypto/envelope";
import { type KeyPair, withAnyKey } from "./crypto/keys";

/**
 * What a patient lets one doctor see of who they are: the name they want to be called and, if they wish, their
 * date of birth. Sealed for that doctor alone, with the same envelope as records; never plaintext on chain, and
 * never hashed in public: a hash of a name and a birth date is found by trying a list of names × every date of 80
 * years (version 1 of the card published one).
 */
/** A card's name, in bytes: the whole sealed card must fit PatientRecords.MAX_CARD_BYTES. */
export const CARD_NAME_BYTES = 64;

/** A name never holds control characters, which JSON would also write six bytes long each. */
const NO_CONTROLS = /^[^\p{Cc}]*$/u;

export const patientCardSchema = z
  .object({
    v: z.literal(2),
    name: requiredText(CARD_NAME_BYTES).regex(NO_CONTROLS),
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
    name: optionalText(CARD_NAME_BYTES).refine((name) => !name || NO_CONTROLS.test(name), {
      message: "records.consent.card.nameInvalid",
    }),
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
/** Cards are padded to a multiple of this many bytes, so that the ciphertext's length does not tell a name's. */
const CARD_PAD_BYTES = 128;
/** The most a padded card may take: the contract's limit less the wrapped key, the nonce (24) and the tag (16). */
const CARD_ROOM = LIMITS.cardBytes - WRAPPED - 40;

/** The sealed card as published: the doctor's wrapped key ‖ the sealed, padded card (no hash of it, see above). */
export function sealPatientCard(
  card: PatientCard,
  doctorKey: Uint8Array,
  chainId: number,
  contract: Address,
  patient: Address,
  doctor: Address,
): Hex {
  const json = JSON.stringify({ v: 2, ...card });
  const padTo = Math.min(Math.ceil(utf8ToBytes(json).length / CARD_PAD_BYTES) * CARD_PAD_BYTES, CARD_ROOM);
  const padded = json.padEnd(json.length + padTo - utf8ToBytes(json).length, " ");
  const sealed = seal(utf8ToBytes(padded), [doctorKey], cardContext(chainId, contract, patient, doctor));
  return concatHex([sealed.wrappedKeys[0] as Hex, sealed.payload]);
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
  if (hexToBytes(sealed).length <= WRAPPED) return null;
  const context = cardContext(chainId, contract, patient, doctor);
  try {
    const wrapped = sliceHex(sealed, 0, WRAPPED);
    const key = withAnyKey(keyPair, (pair) => unwrapKey(wrapped, pair.secretKey, context, pair.publicKey));
    const plaintext = openSealed(sliceHex(sealed, WRAPPED), key, context);
    if (!plaintext) return null;
    const parsed = patientCardSchema.safeParse(JSON.parse(new TextDecoder().decode(plaintext)));
    return parsed.success ? { name: parsed.data.name, birthDate: parsed.data.birthDate } : null;
  } catch {
    return null;
  }
}
