/** 0x1234…abcd: enough to tell addresses apart at a glance; the full value goes in a title or copy action. */
export function shortAddress(address: string): string {
  return address.length <= 12 ? address : `${address.slice(0, 6)}…${address.slice(-4)}`;
}

export function shortHash(hash: string): string {
  return hash.length <= 14 ? hash : `${hash.slice(0, 10)}…${hash.slice(-4)}`;
}

// Intl formatters are costly to make (about a millisecond each on a slow phone) and a list makes one per row per
// render: each language and style gets one, made on first use.
type Formatter = Intl.NumberFormat | Intl.DateTimeFormat | Intl.PluralRules;
const formatters = new Map<string, Formatter>();

function cached<formatter extends Formatter>(key: string, make: () => formatter) {
  const known = formatters.get(key) as formatter | undefined;
  if (known) return known;
  const made = make();
  formatters.set(key, made);
  return made;
}

/** Grouped numbers in `locale` (BigInt included: 1234567n → "1,234,567"). */
export const numberFormat = (locale: string) =>
  cached(`number ${locale}`, () => new Intl.NumberFormat(locale));

/** Dates in `locale` and `style` (e.g. { dateStyle: "medium" }). */
export const dateFormat = (locale: string, style: Intl.DateTimeFormatOptions) =>
  cached(`date ${locale} ${JSON.stringify(style)}`, () => new Intl.DateTimeFormat(locale, style));

/** Plural categories in `locale` ("one", "other"…). */
export const pluralRules = (locale: string) => cached(`plural ${locale}`, () => new Intl.PluralRules(locale));

/**
 * Makes the formatters lists use, when the main thread is idle: the first one of a kind loads the browser's locale
 * data, about 30 ms on a slow phone, which would otherwise fall in the render that shows a page's first rows.
 */
export function warmFormatters(locale: string): () => void {
  const warm = () => {
    numberFormat(locale);
    dateFormat(locale, { dateStyle: "medium" });
  };
  // Safari has no requestIdleCallback.
  if (typeof requestIdleCallback === "function") {
    const handle = requestIdleCallback(warm, { timeout: 1_000 });
    return () => cancelIdleCallback(handle);
  }
  const timer = setTimeout(warm, 50);
  return () => clearTimeout(timer);
}
