import { useWatch } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { healthTextWarning } from "../healthText";
import { sensitiveFor } from "../sensitivePhrases";

/**
 * Under a public field: a warning, while typing, when the text looks like health data (a diagnosis code, a term
 * naming a condition, words from this patient's records). It warns and does not block: a provider may know better.
 */
export function PublicTextWarning({ name, patient }: { name: string; patient?: string }) {
  const { t } = useTranslation();
  const text = String(useWatch({ name }) ?? "");
  const warning = healthTextWarning(text, sensitiveFor(patient));
  if (!warning) return null;
  return (
    <p role="status" className="mt-1 text-xs text-amber-900" data-testid={`health-warning-${name}`}>
      ⚠ {t(`forms.healthWarning.${warning.kind}`, { match: warning.match })}
    </p>
  );
}
