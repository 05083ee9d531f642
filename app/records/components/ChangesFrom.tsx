import { useWatch } from "react-hook-form";
import { useTranslation } from "react-i18next";

type Values = Record<"diagnosis" | "icd10" | "treatment" | "notes" | "date", string>;
const FIELDS = ["diagnosis", "icd10", "treatment", "notes", "date"] as const;

/** The fields whose value differs from the original's (spaces around a value do not count). */
export const changedFields = (original: Values, now: Partial<Values>) =>
  FIELDS.filter((field) => (now[field] ?? "").trim() !== original[field].trim());

/** What a correction changes, field by field, before it is sealed: what was, and what will be. */
export function ChangesFrom({ original }: { original: Values }) {
  const { t } = useTranslation();
  const now = useWatch() as Partial<Values>;
  const changed = changedFields(original, now);
  return (
    <div className="text-sm" data-testid="amend-changes">
      <h4 className="font-medium">{t("records.write.changesTitle")}</h4>
      {changed.length === 0 ? (
        <p className="text-slate-600">{t("records.write.noChangesYet")}</p>
      ) : (
        <dl className="mt-1 grid grid-cols-[max-content_1fr] gap-x-3 gap-y-1">
          {changed.map((field) => (
            <div key={field} className="contents">
              <dt className="font-medium">{t(`records.write.${field}`)}</dt>
              <dd>
                <del className="text-red-800">{original[field] || t("records.write.empty")}</del>{" "}
                <span aria-hidden="true">→</span>{" "}
                <ins className="text-teal-800 no-underline">{now[field] || t("records.write.empty")}</ins>
              </dd>
            </div>
          ))}
        </dl>
      )}
    </div>
  );
}
