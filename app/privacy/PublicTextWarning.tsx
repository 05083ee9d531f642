import { useWatch } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { ConfirmedWarning } from "../ui/form/ConfirmedWarning";
import { message } from "../ui/form/messages";
import { healthTextWarning } from "./healthText";
import { sensitiveFor } from "./sensitivePhrases";

/**
 * Under a public field: while typing, a warning when the text looks like health data (a diagnosis code, a
 * condition, a person's name, words of this patient's records or card). The form then sends it only once the
 * person ticks that they mean it: a second, explicit confirmation, since the detector misses much it was not tuned
 * on and cannot be the only guard. `exempt`: names that are operational whatever they hold (resource types).
 */
export function PublicTextWarning({
  name,
  patient,
  exempt,
}: {
  name: string;
  patient?: string;
  exempt?: readonly string[];
}) {
  const { t } = useTranslation();
  const text = String(useWatch({ name }) ?? "");
  const warning = healthTextWarning(text, { ...sensitiveFor(patient), exempt });
  if (!warning) return null;
  return (
    <ConfirmedWarning
      field={name}
      subject={text}
      refusal={message("forms.healthWarning.confirmFirst")}
      confirmLabel={t("forms.healthWarning.confirm")}
      testId={`health-warning-${name}`}
    >
      <p className="text-xs">⚠ {t(`forms.healthWarning.${warning.kind}`, { match: warning.match })}</p>
    </ConfirmedWarning>
  );
}
