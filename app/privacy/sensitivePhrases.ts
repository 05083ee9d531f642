/**
 * What this tab has decrypted of each patient, in memory only, so that a public field about that patient can warn
 * when it repeats it: their records' diagnoses, codes and treatments, and the name on the card they sent. Closing
 * the tab forgets it, like the keys.
 */
const phrases = new Map<string, Set<string>>();
const names = new Map<string, Set<string>>();

function remember(store: Map<string, Set<string>>, patient: string, texts: readonly (string | undefined)[]) {
  const known = store.get(patient.toLowerCase()) ?? new Set<string>();
  for (const text of texts) if (text?.trim()) known.add(text.trim());
  store.set(patient.toLowerCase(), known);
}

export function rememberSensitive(patient: string, texts: readonly (string | undefined)[]) {
  remember(phrases, patient, texts);
}

/** A patient's name from their card: every word of it counts, however short ("Li Na"). */
export function rememberName(patient: string, name: string) {
  remember(names, patient, [name]);
}

export function sensitiveFor(patient: string | undefined): { known: string[]; names: string[] } {
  if (!patient) return { known: [], names: [] };
  return {
    known: [...(phrases.get(patient.toLowerCase()) ?? [])],
    names: [...(names.get(patient.toLowerCase()) ?? [])],
  };
}
