/**
 * Public text (an invoice's service code and description, a request's reason) is on chain for anyone, forever. These
 * checks catch what looks like health data before it is sent: a diagnosis code, a term that names a condition, or
 * words from the patient's own records that this browser has decrypted. They warn; they cannot prove text safe.
 */

/** ICD-10-CM codes: a letter (U is reserved), two characters, then optionally a dot and up to four more. */
const ICD10 = /(^|[^A-Za-z0-9])([A-TV-Z][0-9][0-9A-Z](\.[0-9A-Z]{1,4})?)(?![A-Za-z0-9])/;

/** Terms that name a condition or a treatment revealing one, in the languages of the app. */
const SENSITIVE_TERMS = [
  "hiv",
  "aids",
  "hepatitis",
  "cancer",
  "tumour",
  "tumor",
  "oncology",
  "chemotherapy",
  "diabetes",
  "pregnan",
  "abortion",
  "depress",
  "anxiety",
  "psychiatr",
  "schizophren",
  "bipolar",
  "dementia",
  "alzheimer",
  "addiction",
  "overdose",
  "methadone",
  "tuberculosis",
  "syphilis",
  "gonorrh",
  "chlamydia",
  "herpes",
  "std",
  "sti",
  "covid",
  "influenza",
  "asthma",
  "epilep",
  "stroke",
  "infarct",
  "miscarriage",
  "ivf",
  "transgender",
  "dialysis",
  "艾滋",
  "癌",
  "肿瘤",
  "糖尿病",
  "怀孕",
  "抑郁",
  "焦虑",
  "精神",
  "结核",
  "梅毒",
  "肝炎",
  "流产",
];

export type HealthTextWarning =
  | { kind: "diagnosisCode"; match: string }
  | { kind: "medicalTerm"; match: string }
  | { kind: "fromRecords"; match: string };

/** Why this public text may reveal health data, or undefined when nothing stands out. */
export function healthTextWarning(
  text: string,
  knownPhrases: readonly string[] = [],
): HealthTextWarning | undefined {
  const value = text.trim();
  if (!value) return undefined;
  const lower = value.toLowerCase();
  const phrase = knownPhrases.find(
    (known) => known.trim().length >= 3 && lower.includes(known.trim().toLowerCase()),
  );
  if (phrase) return { kind: "fromRecords", match: phrase };
  // A service code such as CPT-99213 is fine; an ICD-10 code such as B20 is a diagnosis.
  const code = value.toUpperCase().match(ICD10)?.[2];
  if (code && !/^CPT/i.test(value)) return { kind: "diagnosisCode", match: code };
  const words = lower.split(/[^\p{L}\p{N}]+/u);
  // Short Latin terms (HIV, STI) must be whole words; longer ones may start a word (pregnant, pregnancy).
  const term = SENSITIVE_TERMS.find((candidate) =>
    !/^[a-z]+$/.test(candidate)
      ? lower.includes(candidate)
      : candidate.length <= 4
        ? words.includes(candidate)
        : words.some((word) => word.startsWith(candidate)),
  );
  return term ? { kind: "medicalTerm", match: term } : undefined;
}
