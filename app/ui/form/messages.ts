/**
 * A validation message as zod carries it: an i18n key, or an i18n key with its values packed in (zod keeps only a
 * string per issue). The form kit unpacks and translates it next to the field.
 */
export function message(key: string, values?: Record<string, string | number>): string {
  return values ? JSON.stringify({ key, values }) : key;
}

export function unpack(text: string): { key: string; values?: Record<string, string | number> } {
  if (!text.startsWith("{")) return { key: text };
  try {
    return JSON.parse(text) as { key: string; values?: Record<string, string | number> };
  } catch {
    return { key: text };
  }
}
