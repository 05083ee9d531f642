import { bytesToHex, randomBytes } from "@noble/hashes/utils.js";

/**
 * A record's plaintext, as sealed: versioned JSON whose fields map to FHIR R4 (Condition for the diagnosis,
 * MedicationRequest for the treatment). The random salt keeps its public SHA-256 from being guessed by hashing
 * likely diagnoses.
 */
export type RecordDocument = {
  v: 1;
  salt: string;
  condition: { text: string; icd10?: string };
  treatment: { text: string };
  notes?: string;
  /** The date of care, YYYY-MM-DD. */
  date: string;
};

export type RecordInput = {
  diagnosis: string;
  icd10?: string;
  treatment: string;
  notes?: string;
  date: string;
};

/** ICD-10 code form: a letter, two characters, then an optional dot and up to four more (e.g. J10.1, E11). */
export const ICD10_FORM = /^[A-Z][0-9][0-9A-Z](\.[0-9A-Z]{1,4})?$/;

export function encodeRecord(input: RecordInput): Uint8Array {
  const document: RecordDocument = {
    v: 1,
    salt: bytesToHex(randomBytes(16)),
    condition: { text: input.diagnosis, ...(input.icd10 ? { icd10: input.icd10 } : {}) },
    treatment: { text: input.treatment },
    ...(input.notes ? { notes: input.notes } : {}),
    date: input.date,
  };
  return new TextEncoder().encode(JSON.stringify(document));
}

/** The document in these bytes, or null when they are not a version this app understands. */
export function decodeRecord(bytes: Uint8Array): RecordDocument | null {
  try {
    const value = JSON.parse(new TextDecoder().decode(bytes)) as Partial<RecordDocument>;
    if (
      value.v !== 1 ||
      typeof value.condition?.text !== "string" ||
      typeof value.treatment?.text !== "string"
    ) {
      return null;
    }
    return value as RecordDocument;
  } catch {
    return null;
  }
}
