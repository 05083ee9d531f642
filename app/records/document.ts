import { bytesToHex, randomBytes } from "@noble/hashes/utils.js";
import { z } from "zod";
import { LIMITS } from "../contracts/limits";
import { ICD10_FORM } from "../privacy/icd10";
import { optionalText, requiredText } from "../ui/form/rules";

/** The most each field of a record may hold, in UTF-8 bytes: a clinical summary, not a document archive. */
export const RECORD_TEXT_BYTES = { diagnosis: 200, treatment: 300, notes: 1_000 } as const;

const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** The earliest date of care a form accepts: older paper records are summarised under the date they are entered. */
export const EARLIEST_CARE_DATE = "1900-01-01";

/** Today in the person's own time zone, as YYYY-MM-DD (toISOString would give UTC's day, a day off at night). */
export function localToday(now = new Date()): string {
  const pad = (part: number) => String(part).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A real calendar day (not 2026-02-30). */
const isCalendarDay = (date: string) => {
  const parsed = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === date;
};

/**
 * A record's plaintext, as sealed: versioned JSON whose fields map to FHIR R4 (Condition for the diagnosis,
 * MedicationRequest for the treatment). The random salt keeps its public SHA-256 from being guessed by hashing
 * likely diagnoses. The same schema validates what a doctor types and every document a reader decrypts: a
 * document that decrypts and matches its hash but breaks the schema is shown as unreadable, never rendered.
 */
export const recordDocumentSchema = z
  .object({
    v: z.literal(1),
    salt: z.string().regex(/^[0-9a-f]{32}$/),
    condition: z.object({
      text: requiredText(RECORD_TEXT_BYTES.diagnosis),
      icd10: z.string().regex(ICD10_FORM).optional(),
    }),
    treatment: z.object({ text: requiredText(RECORD_TEXT_BYTES.treatment) }),
    notes: requiredText(RECORD_TEXT_BYTES.notes).optional(),
    /** The date of care, YYYY-MM-DD. */
    date: z.string().regex(DATE),
  })
  .strict();

export type RecordDocument = z.infer<typeof recordDocumentSchema>;

/** What the record form collects, checked before anything is encrypted or sent. */
export const recordInputSchema = z.object({
  diagnosis: requiredText(RECORD_TEXT_BYTES.diagnosis),
  icd10: z
    .string()
    .trim()
    .transform((code) => code.toUpperCase())
    .refine((code) => code === "" || ICD10_FORM.test(code), { message: "records.write.icd10Form" })
    .transform((code) => code || undefined),
  treatment: requiredText(RECORD_TEXT_BYTES.treatment),
  notes: optionalText(RECORD_TEXT_BYTES.notes),
  date: z
    .string()
    .regex(DATE, { message: "validation.required" })
    .refine(isCalendarDay, { message: "validation.required" })
    .refine((date) => date >= EARLIEST_CARE_DATE, { message: "records.write.dateTooEarly" })
    .refine((date) => date <= localToday(), { message: "records.write.dateInFuture" }),
});

export type RecordInput = {
  diagnosis: string;
  icd10?: string;
  treatment: string;
  notes?: string;
  date: string;
};

/** Room the sealed form adds to a document: the 24-byte nonce and the 16-byte tag. */
const SEAL_OVERHEAD = 40;

export function encodeRecord(input: RecordInput): Uint8Array {
  const document: RecordDocument = {
    v: 1,
    salt: bytesToHex(randomBytes(16)),
    condition: { text: input.diagnosis, ...(input.icd10 ? { icd10: input.icd10 } : {}) },
    treatment: { text: input.treatment },
    ...(input.notes ? { notes: input.notes } : {}),
    date: input.date,
  };
  const bytes = new TextEncoder().encode(JSON.stringify(document));
  // The form's limits keep a record far below this; only pathological text (escaped control characters) nears it.
  if (bytes.length + SEAL_OVERHEAD > LIMITS.payloadBytes) throw new Error("records.write.tooLarge");
  return bytes;
}

/** The document in these bytes, or null when they are not a valid document of a version this app understands. */
export function decodeRecord(bytes: Uint8Array): RecordDocument | null {
  try {
    const parsed = recordDocumentSchema.safeParse(JSON.parse(new TextDecoder().decode(bytes)));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
