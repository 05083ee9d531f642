/**
 * The words healthText.ts looks for. Latin-script stems match the start of a word once case and accents are folded
 * ("diabet" → diabetes, diabetic, diabète); acronyms match whole and in capitals only (AIDS, not "hearing aids");
 * Chinese terms match anywhere. Kept apart from the rules so that a language can be added here alone.
 */

const STEMS = [
  // cancer and its treatment
  "cancer",
  "tumor",
  "tumour",
  "oncolog",
  "chemo",
  "radiotherap",
  "carcinom",
  "lymphom",
  "leukemi",
  "leukaemi",
  "melanom",
  "metasta",
  "biops",
  // metabolic, chronic
  "diabet",
  "insulin",
  "hypertens",
  "cholesterol",
  "obes",
  "asthma",
  "epilep",
  "seizure",
  "arthritis",
  "osteopor",
  "lupus",
  "crohn",
  "colitis",
  "coeliac",
  "celiac",
  "migraine",
  "sclerosis",
  "parkinson",
  "alzheimer",
  "dementia",
  "cirrhos",
  "dialys",
  // heart, stroke
  "stroke",
  "infarct",
  "angina",
  "arrhythm",
  "herzinfarkt",
  // reproductive health
  "pregnan",
  "prenatal",
  "antenatal",
  "obstetric",
  "miscarr",
  "abortion",
  "aborto",
  "avortement",
  "infertil",
  "embaraz",
  "grossesse",
  "schwanger",
  "transgender",
  // mental health
  "depress",
  "depresi",
  "anxiety",
  "psychiatr",
  "schizophren",
  "bipolar",
  "suicid",
  "anorex",
  "bulimi",
  "autis",
  // substances
  "overdose",
  "opioid",
  "methadone",
  "heroin",
  "addict",
  "alcoholi",
  "detox",
  // infections
  "tubercul",
  "syphilis",
  "gonorr",
  "chlamydia",
  "herpes",
  "hepatitis",
  "covid",
  "pneumon",
  "neumon",
  "sepsis",
  "septic",
  "meningit",
  "malaria",
  "influenza",
  "infect",
  "antiretrovir",
  "lungenentz",
  // injuries and procedures that name a condition
  "transplant",
  "amputat",
  "fractur",
  "sprain",
  "concussion",
  "polyp",
  "apnoea",
  "apnea",
  "naloxon",
  "hba1c",
  "afib",
  // words that only ever name a condition
  "disease",
  "disorder",
  "syndrome",
  "diagnos",
  "insuficiencia",
  "insuffisance",
  "nierenvers",
  "krebs",
  "allerg",
  "anaphyla",
  "cataract",
  "fertil",
  "transfus",
  "cessation",
  "bereave",
  "coma",
  // specialties and organ adjectives: a visit there says which organ ails
  "cardiolog",
  "neurolog",
  "nephrolog",
  "urolog",
  "gynaecolog",
  "gynecolog",
  "dermatolog",
  "gastroenterolog",
  "rheumatolog",
  "endocrinolog",
  "haematolog",
  "hematolog",
  "pulmonolog",
  "hepatolog",
  "renal",
  "cardiac",
  "coronary",
  "hepatic",
  "colorectal",
  "prostat",
  "ovarian",
  "testicular",
  "thyroid",
  "cardiopat",
  "kardio",
  // conditions by body system that no word-building rule reaches
  "acne",
  "eczema",
  "vertigo",
  "tinnitus",
  "varicose",
  "strep",
  "ligament",
  "menisc",
  "palliative",
  "hospice",
  "antibiotic",
  "antidepress",
  "antipsychotic",
  "lithium",
  "warfarin",
  "schmerz",
  "nierenstein",
  "asma",
];

/**
 * Medicines by the stems of their international non-proprietary names (WHO INN stems): a drug names the
 * condition it treats as surely as the diagnosis does ("-statin", "-pril", "-mab").
 */
const DRUG_ENDINGS =
  /^\p{L}{2,}(?:mab|tinib|ciclovir|clovir|navir|previr|buvir|cillin|mycin|cycline|floxacin|conazole|olol|pril|sartan|statin|prazole|oxetine|azepam|azolam|triptan|setron|gliptin|gliflozin|glitazone|formin|dronate|parin|xaban|gatran|platin|rubicin|taxel|trexate|lukast|terol|tidine|semide|thiazide|dipine|afil|tretinoin|profen|oxacin|quine)$/u;

/**
 * Medical word-building: a word ending like these names a condition or an operation whatever its root
 * ("glaucoma", "neuropathy", "hypoglycaemia", "angioplasty"). Everyday words that happen to end so are excepted.
 */
const CONDITION_ENDINGS =
  /^\p{L}{3,}(?:itis|osis|iasis|aemia|emia|oma|omas|ema|pathy|pathie|algia|plegia|megaly|rrhoea|rrhea|uria|penia|plasia|ectomy|otomy|ostomy|plasty|oscopy)$/u;
const EVERYDAY_ENDINGS = new Set([
  "diploma",
  "diplomas",
  "aroma",
  "aromas",
  "oklahoma",
  "paloma",
  "sympathy",
  "empathy",
  "apathy",
  "antipathy",
  "telepathy",
  "nostalgia",
  "osmosis",
  "hypnosis",
  "chemistry",
  "insomnia",
  "anatomy",
  "dichotomy",
  "lobotomy",
  "gastronomy",
  "symbiosis",
  "apotheosis",
  "metamorphosis",
  "tuberosity",
  "prognosis",
  "cinema",
  "cinemas",
  "schema",
  "schemas",
  "anathema",
  "microscopy",
  "spectroscopy",
]);
/** "hypothyroid", "hyperglycaemic", "hypotension". */
const HYPO_HYPER = /^(?:hypo|hyper)(?:thyr|tens|glyc|kal|natr|lipid|calc|vent|therm)/;

/** A body part, and what befalls it; or a symptom no one writes on an invoice unless it is theirs. */
const BODY_PART =
  "(?:knee|hip|shoulder|back|neck|chest|abdominal|pelvic|joint|ear|eye|tooth|jaw|leg|arm|wrist|ankle|spine|spinal|skin|bone|heart|kidney|liver|lung|breast|prostate|colon|bowel|bladder|head|brain)";

/** Acronyms that name a condition, matched whole and in capitals ("AIDS", never "hearing aids"). */
const ACRONYMS = [
  "HIV",
  "VIH",
  "AIDS",
  "SIDA",
  "STI",
  "STD",
  "TB",
  "PTSD",
  "ADHD",
  "COPD",
  "OCD",
  "UTI",
  "IVF",
  "HPV",
  // clinical shorthand for chronic conditions
  "ACL",
  "INR",
  "HTN",
  "CHF",
  "CKD",
  "T1DM",
  "T2DM",
  "DM1",
  "DM2",
  "IDDM",
  "NIDDM",
  "STEMI",
  "NSTEMI",
  "DVT",
  "CVA",
  "TIA",
  "GERD",
  "GORD",
  "IBS",
  "IBD",
  "MDD",
  "GAD",
  "OUD",
  "AUD",
  "CPAP",
  "PSA",
  "CD4",
  "PrEP",
  "URTI",
  "LRTI",
];

/** Phrases whose words are harmless alone ("attack", "failure", "positive"). */
const PHRASES = [
  /\b(?:kidney|renal|heart|cardiac|liver|hepatic|lung|pulmonary|brain|breast|prostate|colon|bowel|bladder|thyroid|head|spinal|bone)\s+(?:\w+\s+)?(?:failure|disease|attack|arrest|cancer|infection|transplant|tumou?r|lump|injury|damage|bleed|stones?)\b/,
  /\b(?:broken|fractured|dislocated)\s+(?:\w+\s+)?(?:leg|arm|wrist|ankle|hip|rib|ribs|nose|jaw|finger|toe|collarbone|back|neck|knee|elbow|shoulder|foot|hand|skull|pelvis)\b/,
  /\b(?:high|low)\s+blood\s+(?:pressure|sugar)\b/,
  /\bmental\s+health\b/,
  /\bpanic\s+attacks?\b/,
  /\bself[\s-]harm/,
  /\bsubstance\s+(?:ab)?use\b/,
  /\balcohol\s+(?:dependence|abuse|withdrawal)\b/,
  /\bgender\s+(?:reassignment|transition)\b/,
  /\b(?:tested|tests?)\s+positive\b|\bpositive\s+for\b/,
  /\bradiation\s+therapy\b/,
  /\bviral\s+load\b/,
  /\bpap\s+(?:smear|test)\b/,
  /\bmorning[\s-]after\s+pill\b/,
  /\brehab\w*\s+(?:for\s+)?(?:drink|alcohol|drug)/,
  /\bsugar\s+(?:problems?|issues?|levels?)\b/,
  new RegExp(`\\b${BODY_PART}\\s+(?:pain|ache|replacement|reconstruction|surgery|swelling|lump|bleeding)\\b`),
  /\b(?:gallbladder|appendix|tonsils?|wisdom\s+teeth|mole|cyst)\s+removal\b/,
  /\b(?:side\s+effects?|sore\s+throat|shortness\s+of\s+breath|low\s+mood|hearing\s+loss|memory\s+(?:loss|clinic|problems?)|weight[\s-]loss|sexual\s+health|smoking\s+cessation|blood\s+(?:transfusion|clot))\b/,
  // surgery named by what it removed or opened
  /\b\w+(?:ectomy|ostomy|otomy)\b/,
];

/**
 * Where a condition's name stands for a place or a cause, not a person: "Cancer research charity", "Dialysis
 * centre refurbishment", "a stroke of luck".
 */
const INSTITUTIONAL =
  /^\s*(?:research|charity|charities|foundation|fund|awareness|society|ward|unit|centre|center|department|wing)\b|^\s*of\s+(?:luck|genius|midnight)\b/;
const CHINESE_INSTITUTIONAL = /^(?:中心|科室|病区|基金|研究)/;

/** Chinese terms for conditions and the treatments that reveal them. */
/**
 * Chinese builds condition names with these characters: 症 (a disorder), 炎 (an inflammation), 瘤 (a tumour), 障碍
 * (a disorder), 衰竭 (failure), 减退 and 亢进 (hypo- and hyper-function); 病 (a disease) unless it is the ward, the
 * record or the patient (病房, 病历, 病人…).
 */
const CHINESE_CONDITION =
  /[\p{Script=Han}](?:症|炎|瘤|障碍|衰竭|减退|亢进|内障|溃疡|增生|结石|综合征)|病(?![房历人患床区假号假员])/u;

const CHINESE = [
  "艾滋",
  "癌",
  "肿瘤",
  "化疗",
  "放疗",
  "糖尿病",
  "胰岛素",
  "怀孕",
  "妊娠",
  "产检",
  "流产",
  "不孕",
  "抑郁",
  "焦虑",
  "精神病",
  "精神科",
  "精神分裂",
  "精神障碍",
  "双相",
  "自杀",
  "结核",
  "梅毒",
  "淋病",
  "肝炎",
  "乙肝",
  "丙肝",
  "新冠",
  "肺炎",
  "哮喘",
  "癫痫",
  "中风",
  "卒中",
  "心脏病",
  "心梗",
  "心肌梗",
  "高血压",
  "骨折",
  "肾衰",
  "透析",
  "戒毒",
  "吸毒",
  "酗酒",
  "阿尔茨海默",
  "痴呆",
  "帕金森",
  "白血病",
  "淋巴瘤",
  "肾病",
  "肝硬化",
  "移植",
  "截肢",
  "感染",
  "阳性",
  "性病",
  "疱疹",
  "衣原体",
  "变性手术",
  "流感",
  "诊断",
  "心衰",
  "慢阻肺",
  "尿毒症",
  "痛风",
  "偏头痛",
  "过敏",
  "肥胖",
  "戒烟",
  "性传播",
  "甲状腺",
  "青光眼",
  "白内障",
  "疾病",
];

/**
 * Condition words a typo must not hide: one letter missing, added or two swapped ("cancr", "pnuemonia"). A letter
 * changed is not counted, or "cancel" would read as "cancer".
 */
const CORE_WORDS = [
  "cancer",
  "diabetes",
  "diabetic",
  "depression",
  "pregnant",
  "pregnancy",
  "hepatitis",
  "tuberculosis",
  "pneumonia",
  "dementia",
  "epilepsy",
  "leukemia",
  "leukaemia",
  "syphilis",
  "asthma",
  "influenza",
  "schizophrenia",
  "alzheimer",
  "chemotherapy",
  "overdose",
  "abortion",
  "miscarriage",
  "hypertension",
  "infection",
  "tumour",
];

/** Conditions a vaccine prevents: named beside a vaccine, they describe the vaccine, not the person. */
const VACCINE_PREVENTS = [
  "influenza",
  "covid",
  "hepatitis",
  "pneumon",
  "meningit",
  "流感",
  "新冠",
  "肝炎",
  "肺炎",
];

let built:
  | {
      stems: readonly string[];
      acronyms: RegExp;
      phrases: readonly RegExp[];
      chinese: readonly string[];
      chineseCondition: RegExp;
      endings: RegExp;
      drugEndings: RegExp;
      everydayEndings: ReadonlySet<string>;
      hypoHyper: RegExp;
      institutional: RegExp;
      chineseInstitutional: RegExp;
      coreWords: readonly string[];
      vaccine: RegExp;
      vaccinePrevents: ReadonlySet<string>;
    }
  | undefined;

/** The lexicon, compiled once on first use. */
export function conditionLexicon() {
  built ??= {
    stems: STEMS,
    // Latin letters and digits bound an acronym; Chinese may stand right beside it ("HPV阳性").
    acronyms: new RegExp(`(?<![A-Za-z0-9])(?:${ACRONYMS.join("|")})(?![A-Za-z0-9])`, "u"),
    phrases: PHRASES,
    chinese: CHINESE,
    chineseCondition: CHINESE_CONDITION,
    endings: CONDITION_ENDINGS,
    drugEndings: DRUG_ENDINGS,
    everydayEndings: EVERYDAY_ENDINGS,
    hypoHyper: HYPO_HYPER,
    institutional: INSTITUTIONAL,
    chineseInstitutional: CHINESE_INSTITUTIONAL,
    coreWords: CORE_WORDS,
    vaccine: /\b(?:vaccin|vacun|shot|jab|immuni[sz])/,
    vaccinePrevents: new Set(VACCINE_PREVENTS),
  };
  return built;
}

/** Titles before a name that make it a provider's (a public professional fact), folded. */
export const PROVIDER_TITLES: ReadonlySet<string> = new Set([
  "dr",
  "doctor",
  "prof",
  "professor",
  "nurse",
  "dra",
  "docteur",
]);

/** Common given names across the languages clinics write in, folded: the first word of a person's full name. */
export const GIVEN_NAMES: ReadonlySet<string> = new Set(
  (
    "james john robert michael william david richard joseph thomas charles christopher daniel matthew anthony mark " +
    "donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob gary " +
    "nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory frank alexander raymond " +
    "patrick jack dennis jerry tyler aaron jose adam henry nathan douglas zachary peter kyle walter ethan jeremy " +
    "harold keith christian roger noah gerald carl terry sean austin arthur lawrence jesse dylan bryan joe jordan " +
    "billy bruce albert willie gabriel logan alan juan wayne roy ralph randy eugene vincent russell louis philip " +
    "bobby johnny bradley mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty " +
    "margaret sandra ashley kimberly emily donna michelle dorothy carol amanda melissa deborah stephanie rebecca " +
    "sharon laura cynthia kathleen amy shirley angela helen anna brenda pamela nicole emma samantha katherine " +
    "christine debra rachel catherine carolyn janet ruth maria heather diane virginia julie joyce victoria olivia " +
    "kelly christina lauren joan evelyn judith megan cheryl andrea hannah martha jacqueline frances gloria ann " +
    "teresa kathryn sara janice jean alice madison doris abigail julia judy grace denise amber marilyn beverly " +
    "danielle theresa sophia marie diana brittany natalie isabella charlotte rose alexis kayla " +
    "mohammed muhammad ahmed ali omar fatima aisha hassan hussein yusuf ibrahim mustafa khalid layla zainab " +
    "priya raj rahul amit anil sunita deepak ravi arjun vijay lakshmi anjali neha pooja sanjay " +
    "wei fang jing lei yan jun hui ming xin hong ying yong chen " +
    "olga ivan dmitri sergei natalia irina tatiana elena anastasia yuki hiroshi takashi akira haruto sakura " +
    "carlos miguel luis jorge pedro pablo javier diego antonio manuel francisco ana lucia carmen rosa isabel " +
    "sofia camila valentina mateo santiago lucas hugo louis jules chloe camille manon lea pierre jean-pierre " +
    "hans klaus jurgen stefan wolfgang ursula monika sabine giulia marco luca giuseppe francesca chiara " +
    "kwame kofi ama abena chinedu ngozi oluwaseun adebayo tunde amara " +
    "noor dev erin sean siobhan aoife liam niamh connor"
  ).split(/\s+/),
);

/** Everyday words of record text that tell nothing of a person ("rest", "four times a day"), and Chinese pairs. */
export const RECORD_STOPWORDS: ReadonlySet<string> = new Set([
  ..."rest with without after before then once twice four five three daily times time days week weeks month months year years take taken dose doses tablet tablets review visit follow follow-up check every each morning evening night hours hour with from into over under more less some when while also only until about this that these those their there have been being other".split(
    " ",
  ),
  "休息",
  "每天",
  "每日",
  "一次",
  "两次",
  "三次",
  "多喝",
  "喝水",
  "季节",
  "时间",
  "复查",
  "检查",
  "治疗",
  "医院",
  "病房",
  "床位",
  "费用",
  "服务",
  "患者",
  "病人",
  "医生",
]);
