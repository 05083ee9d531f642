import { pluralRules } from "../ui/format";

/**
 * A resource's unit as stored (the plural administrators type: "beds", "machines", "doses") agreeing with a
 * quantity: "1 bed", "2 beds". English only has to drop a plural ending; languages without plural forms (Chinese)
 * keep the unit as it is. A unit that does not look plural stays unchanged.
 */
export function unitFor(unit: string, quantity: bigint | number, language: string): string {
  if (!language.startsWith("en")) return unit;
  if (pluralRules("en").select(Number(quantity)) !== "one") return unit;
  return singular(unit);
}

function singular(word: string): string {
  const lower = word.toLowerCase();
  if (lower.endsWith("ies") && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(ches|shes|sses|xes|zes)$/.test(lower)) return word.slice(0, -2);
  if (lower.endsWith("s") && !lower.endsWith("ss") && !lower.endsWith("us")) return word.slice(0, -1);
  return word;
}
