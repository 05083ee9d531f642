import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "../../ui/Button";
import { TextField } from "../../ui/Field";
import { validateText } from "../../ui/validation";
import { ICD10_FORM, type RecordInput } from "../document";

// Bounds what a record costs to store in calldata; a record is a clinical summary, not a document archive.
const DIAGNOSIS_BYTES = 200;
const TREATMENT_BYTES = 300;
const NOTES_BYTES = 1_000;

type Errors = Partial<Record<"diagnosis" | "icd10" | "treatment" | "notes" | "date", string | null>>;

/** Diagnosis, optional ICD-10 code, treatment, notes and date, checked before anything is encrypted or sent. */
export function RecordForm({
  title,
  submitLabel,
  onSubmit,
  busy,
  onCancel,
  children,
}: {
  title: string;
  submitLabel: string;
  onSubmit: (input: RecordInput) => Promise<boolean>;
  busy: boolean;
  onCancel?: () => void;
  children?: React.ReactNode;
}) {
  const { t } = useTranslation();
  const [diagnosis, setDiagnosis] = useState("");
  const [icd10, setIcd10] = useState("");
  const [treatment, setTreatment] = useState("");
  const [notes, setNotes] = useState("");
  const [date, setDate] = useState(() => new Date().toISOString().slice(0, 10));
  const [errors, setErrors] = useState<Errors>({});

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const checkedDiagnosis = validateText(diagnosis, DIAGNOSIS_BYTES);
    const checkedTreatment = validateText(treatment, TREATMENT_BYTES);
    const checkedNotes = notes.trim() ? validateText(notes, NOTES_BYTES) : ({ ok: true, value: "" } as const);
    const code = icd10.trim().toUpperCase();
    const next: Errors = {
      diagnosis: checkedDiagnosis.ok ? null : t(checkedDiagnosis.error, { max: checkedDiagnosis.max }),
      icd10: code && !ICD10_FORM.test(code) ? t("records.write.icd10Form") : null,
      treatment: checkedTreatment.ok ? null : t(checkedTreatment.error, { max: checkedTreatment.max }),
      notes: checkedNotes.ok ? null : t(checkedNotes.error, { max: checkedNotes.max }),
      date: /^\d{4}-\d{2}-\d{2}$/.test(date) ? null : t("validation.required"),
    };
    setErrors(next);
    if (Object.values(next).some(Boolean) || !checkedDiagnosis.ok || !checkedTreatment.ok || !checkedNotes.ok)
      return;
    const sent = await onSubmit({
      diagnosis: checkedDiagnosis.value,
      icd10: code || undefined,
      treatment: checkedTreatment.value,
      notes: checkedNotes.value || undefined,
      date,
    });
    if (sent) {
      setDiagnosis("");
      setIcd10("");
      setTreatment("");
      setNotes("");
    }
  };

  return (
    <form aria-label={title} onSubmit={submit} noValidate className="space-y-3">
      <h3 className="font-semibold">{title}</h3>
      {children}
      <div className="flex flex-wrap items-start gap-3">
        <TextField
          label={t("records.write.diagnosis")}
          value={diagnosis}
          onChange={setDiagnosis}
          error={errors.diagnosis}
          className="min-w-64 flex-1"
        />
        <TextField label={t("records.write.icd10")} value={icd10} onChange={setIcd10} error={errors.icd10} />
        <TextField
          label={t("records.write.date")}
          type="date"
          value={date}
          onChange={setDate}
          error={errors.date}
        />
      </div>
      <TextField
        label={t("records.write.treatment")}
        value={treatment}
        onChange={setTreatment}
        error={errors.treatment}
      />
      <TextField label={t("records.write.notes")} value={notes} onChange={setNotes} error={errors.notes} />
      <div className="flex gap-2">
        <Button type="submit" disabled={busy}>
          {submitLabel}
        </Button>
        {onCancel && (
          <Button variant="secondary" onClick={onCancel}>
            {t("records.write.cancel")}
          </Button>
        )}
      </div>
    </form>
  );
}
