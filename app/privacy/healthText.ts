import { conditionLexicon, GIVEN_NAMES, PROVIDER_TITLES, RECORD_STOPWORDS } from "./healthLexicon";
import { ICD10_CATEGORY, ICD10_SUBCATEGORY } from "./icd10";

/**
 * Public text (an invoice's service code and description, a request's or a denial's reason) is on chain for anyone,
 * forever. This catches what looks like health data before it is sent: a diagnosis code wherever it stands, a term
 * or phrase naming a condition (English, Chinese and a few other languages), a person's name, or words of the
 * patient's own records and card that this browser has decrypted. The deployment's own resource types ("Dialysis
 * chairs") are operational whatever they contain. It warns and asks for a second confirmation; it cannot prove
 * text safe. Measured on a labelled list (healthText.cases.ts).
 */
export type HealthTextWarning = {
  kind: "diagnosisCode" | "medicalTerm" | "fromRecords" | "personName";
  match: string;
};

export type HealthTextContext = {
  /** What this browser decrypted of the patient the text is about: their records' text. */
  known?: readonly string[];
  /** The patient's name as their card gives it: each of its words counts, however short. */
  names?: readonly string[];
  /** Names that are operational whatever they contain: the deployment's resource types and units. */
  exempt?: readonly string[];
};

/** Why this public text may reveal health data, or undefined when nothing stands out. */
export function healthTextWarning(
  text: string,
  context: HealthTextContext = {},
): HealthTextWarning | undefined {
  const value = withoutExempt(text.normalize("NFKC").trim(), context.exempt ?? []);
  if (!value.trim()) return undefined;
  // A vaccine named anywhere, even in an exempt resource name ("COVID-19 vaccine doses"), makes it about a vaccine.
  const vaccine = conditionLexicon().vaccine.test(fold(text)) || text.includes("疫苗");
  return (
    fromName(value, context.names ?? []) ??
    fromRecords(value, context.known ?? []) ??
    diagnosisCode(value) ??
    personName(value) ??
    medicalTerm(value, vaccine)
  );
}

/** Folds case and accents, so that "Dépression" reads as "depression". */
export const fold = (text: string) => text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();

const CJK = /\p{Script=Han}/u;
const latinWords = (text: string) =>
  fold(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
const cjkRuns = (text: string) => text.match(/\p{Script=Han}+/gu) ?? [];

function withoutExempt(text: string, exempt: readonly string[]) {
  let rest = text;
  for (const name of exempt) {
    if (!name.trim()) continue;
    const escaped = name.trim().replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    rest = rest.replace(new RegExp(escaped, "giu"), " ");
  }
  return rest;
}

// ─── The patient's own records and card ───────────────────────────────────────────────────────────────────────

function fromRecords(text: string, known: readonly string[]): HealthTextWarning | undefined {
  if (known.length === 0) return undefined;
  const words = new Set(latinWords(text));
  for (const phrase of known) {
    for (const word of latinWords(phrase)) {
      const significant = /\p{L}/u.test(word) && word.length >= 4 && !RECORD_STOPWORDS.has(word);
      if (significant && words.has(word)) return { kind: "fromRecords", match: word };
    }
    for (const run of cjkRuns(phrase)) {
      // A short run (a name, a two-character term) counts whole; a longer one by any pair of its characters that
      // is not an everyday word.
      const pieces =
        run.length <= 3 ? [run] : Array.from({ length: run.length - 1 }, (_, i) => run.slice(i, i + 2));
      const piece = pieces.find((candidate) => !RECORD_STOPWORDS.has(candidate) && text.includes(candidate));
      if (piece) return { kind: "fromRecords", match: piece };
    }
  }
  return undefined;
}

function fromName(text: string, names: readonly string[]): HealthTextWarning | undefined {
  const words = new Set(latinWords(text));
  for (const name of names) {
    const word = latinWords(name).find((part) => part.length >= 2 && words.has(part));
    if (word) return { kind: "personName", match: word };
    const run = cjkRuns(name).find((part) => text.includes(part));
    if (run) return { kind: "personName", match: run };
  }
  return undefined;
}

// ─── Diagnosis codes ──────────────────────────────────────────────────────────────────────────────────────────

/**
 * ICD-10 codes (icd10.ts) anywhere: the category, then either a dot and up to four more, or up to one more character
 * when written without the dot (F329, E119). A letter with four digits and no dot (G0008) is a HCPCS service code,
 * unless a word around it says it is a diagnosis.
 */
// Chinese text puts a code right beside its words ("编码B20"): only Latin letters and digits bound it.
const ICD10 = new RegExp(
  `(?<![A-Za-z0-9])(${ICD10_CATEGORY})(?:\\.(${ICD10_SUBCATEGORY})|(${ICD10_SUBCATEGORY}))?(?![A-Za-z0-9])`,
  "gu",
);
const CODE_IS_DIAGNOSIS = /\b(?:icd|dx|diag)|诊断|编码/iu;
/** A code right after one of these words is a place ("Parking space B12", "Suite A100"), not a diagnosis. */
const PLACE_BEFORE =
  /(?:room|space|suite|gate|bay|bed|ward|block|level|floor|unit|desk|locker|form|flat|building|wing|lot|zone|aisle|door|row|seat|dock|房间?|室|楼|区|号)\s*(?:no\.?|#)?\s*$/iu;

function diagnosisCode(text: string): HealthTextWarning | undefined {
  for (const match of text.matchAll(ICD10)) {
    const [code, , dotted, undotted] = match;
    if (PLACE_BEFORE.test(text.slice(0, match.index))) continue;
    if (dotted !== undefined || undotted === undefined || undotted.length === 1) {
      return { kind: "diagnosisCode", match: code };
    }
    if (CODE_IS_DIAGNOSIS.test(text)) return { kind: "diagnosisCode", match: code };
  }
  return undefined;
}

// ─── People ───────────────────────────────────────────────────────────────────────────────────────────────────

const HONORIFIC =
  /(?<![\p{L}])(?:Mr|Mrs|Ms|Miss|Mx|Mister|Madam|Sir|Señor|Señora|Sra|Sr|Mme|Mlle|Monsieur|Madame|Herr|Frau)\.?\s+\p{Lu}\p{L}*/u;
const PATIENT_LABEL = /(?<![\p{L}])(?:[Pp]atient|[Pp]atiente|[Pp]aciente|Pt\.?)\s*[:,]?\s+\p{Lu}\p{Ll}+/u;
const CAPITALISED_PAIR = /(\S*)\s*(?<![\p{L}])(\p{Lu}\p{Ll}+)\s+(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)/gu;
/** A Chinese name: a common surname and one or two characters, with a form of address, or after "patient". */
const CHINESE_NAME =
  /[王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤][\p{Script=Han}]{0,2}?(?:先生|女士|小姐|太太|老先生|老太太)|(?:患者|病人|病患)[\p{Script=Han}]{2,3}/u;

function personName(text: string): HealthTextWarning | undefined {
  const addressed = text.match(HONORIFIC) ?? text.match(PATIENT_LABEL) ?? text.match(CHINESE_NAME);
  if (addressed) return { kind: "personName", match: addressed[0].trim() };
  for (const [, before, given, family] of text.matchAll(CAPITALISED_PAIR)) {
    // "Dr. Alice Chen" is a provider, a public professional fact; a patient is not.
    if (PROVIDER_TITLES.has(fold(before ?? "").replace(/\.$/, ""))) continue;
    if (GIVEN_NAMES.has(fold(given ?? ""))) return { kind: "personName", match: `${given} ${family}` };
  }
  return undefined;
}

// ─── Conditions ───────────────────────────────────────────────────────────────────────────────────────────────

function medicalTerm(text: string, vaccine: boolean): HealthTextWarning | undefined {
  const lexicon = conditionLexicon();
  const folded = fold(text);
  const acronym = text.match(lexicon.acronyms)?.[0];
  if (acronym) return { kind: "medicalTerm", match: acronym };
  const phrase = lexicon.phrases.map((pattern) => folded.match(pattern)?.[0]).find(Boolean);
  if (phrase) return { kind: "medicalTerm", match: phrase };
  const prevented = (term: string) => vaccine && lexicon.vaccinePrevents.has(term);
  for (const stem of lexicon.stems) {
    if (prevented(stem)) continue;
    for (const found of folded.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${stem}[\\p{L}\\p{N}]*`, "gu"))) {
      const after = folded.slice((found.index ?? 0) + found[0].length);
      if (!lexicon.institutional.test(after)) return { kind: "medicalTerm", match: stem };
    }
  }
  const words = latinWords(text);
  const built = words.find(
    (word) =>
      ((lexicon.endings.test(word) && !lexicon.everydayEndings.has(word)) ||
        lexicon.hypoHyper.test(word) ||
        lexicon.drugEndings.test(word)) &&
      ![...lexicon.vaccinePrevents].some((stem) => prevented(stem) && word.startsWith(stem)),
  );
  if (built) return { kind: "medicalTerm", match: built };
  const misspelt = words.find((word) => lexicon.coreWords.some((core) => oneSlipApart(word, core)));
  if (misspelt) return { kind: "medicalTerm", match: misspelt };
  if (!CJK.test(text)) return undefined;
  const condition = text.match(lexicon.chineseCondition)?.[0];
  if (
    condition &&
    !lexicon.chineseInstitutional.test(text.slice((text.indexOf(condition) ?? 0) + condition.length))
  )
    return { kind: "medicalTerm", match: condition };
  for (const term of lexicon.chinese) {
    if (prevented(term)) continue;
    for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + 1)) {
      if (!lexicon.chineseInstitutional.test(text.slice(at + term.length)))
        return { kind: "medicalTerm", match: term };
    }
  }
  return undefined;
}

/** One letter missing, one added, or two neighbours swapped; words of five letters or more. */
export function oneSlipApart(word: string, target: string): boolean {
  if (word.length < 5 || word === target || Math.abs(word.length - target.length) > 1) return false;
  if (word.length === target.length) {
    const at = [...word].findIndex((letter, i) => letter !== target[i]);
    return (
      at >= 0 &&
      word[at] === target[at + 1] &&
      word[at + 1] === target[at] &&
      word.slice(at + 2) === target.slice(at + 2)
    );
  }
  const [shorter, longer] = word.length < target.length ? [word, target] : [target, word];
  const at = [...shorter].findIndex((letter, i) => letter !== longer[i]);
  return at < 0 || shorter.slice(at) === longer.slice(at + 1);
}
