/** The writing systems whose look-alike letters pass for one another ("А" Cyrillic, "A" Latin, "Α" Greek…). */
const SCRIPTS = [
  "Latin",
  "Cyrillic",
  "Greek",
  "Armenian",
  "Georgian",
  "Cherokee",
  "Han",
  "Hiragana",
  "Katakana",
  "Hangul",
  "Arabic",
  "Hebrew",
  "Devanagari",
  "Thai",
] as const;
const PATTERNS = SCRIPTS.map((script) => [script, new RegExp(`\\p{Script=${script}}`, "u")] as const);

/** Scripts that are written together: Japanese mixes kanji and kana, Korean hangul and hanja. */
const WRITTEN_TOGETHER = [new Set(["Han", "Hiragana", "Katakana"]), new Set(["Han", "Hangul"])];

/**
 * The scripts a name's letters come from, when more than one that are not written together: "Dr. Аlice Chen" with
 * a Cyrillic А is Latin and Cyrillic, a name built to pass for another. Undefined for a name in one script.
 */
export function mixedScripts(name: string): string[] | undefined {
  const found = new Set<string>();
  for (const letter of name) {
    const script = PATTERNS.find(([, pattern]) => pattern.test(letter))?.[0];
    if (script) found.add(script);
  }
  if (found.size < 2) return undefined;
  if (WRITTEN_TOGETHER.some((together) => [...found].every((script) => together.has(script))))
    return undefined;
  return [...found];
}
