/**
 * What this tab has decrypted of each patient's records (diagnoses, codes, treatments), in memory only, so that a
 * public field about that patient can warn when it repeats them. Closing the tab forgets it, like the keys.
 */
const phrases = new Map<string, Set<string>>();

export function rememberSensitive(patient: string, texts: readonly (string | undefined)[]) {
  const known = phrases.get(patient.toLowerCase()) ?? new Set<string>();
  for (const text of texts) if (text && text.trim().length >= 3) known.add(text.trim());
  phrases.set(patient.toLowerCase(), known);
}

export function sensitiveFor(patient: string | undefined): string[] {
  return patient ? [...(phrases.get(patient.toLowerCase()) ?? [])] : [];
}
