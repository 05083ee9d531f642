import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "../../ui/Button";
import { Form } from "../../ui/form/Form";
import { FormError, TextInput } from "../../ui/form/fields";
import { useZodForm } from "../../ui/form/useZodForm";
import {
  EARLIEST_CARE_DATE,
  localToday,
  RECORD_TEXT_BYTES,
  type RecordDocument,
  type RecordInput,
  recordInputSchema,
} from "../document";
import { ChangesFrom, changedFields } from "./ChangesFrom";

type FormValues = { diagnosis: string; icd10: string; treatment: string; notes: string; date: string };

const blank = (): FormValues => ({ diagnosis: "", icd10: "", treatment: "", notes: "", date: localToday() });

/** The form's values for a record being corrected: what it says now, to be changed where it is wrong. */
export const valuesOf = (document: RecordDocument): FormValues => ({
  diagnosis: document.condition.text,
  icd10: document.condition.icd10 ?? "",
  treatment: document.treatment.text,
  notes: document.notes ?? "",
  date: document.date,
});

/**
 * Diagnosis, optional ICD-10 code, treatment, notes and date, checked against the same schema that every decrypted
 * record is checked against, before anything is encrypted or sent. `original`: a correction, which starts from the
 * record it corrects, shows what changed and is refused while nothing has.
 */
export function RecordForm({
  title,
  submitLabel,
  onSubmit,
  busy,
  onCancel,
  original,
  children,
}: {
  original?: FormValues;
  title: string;
  submitLabel: string;
  onSubmit: (input: RecordInput) => Promise<boolean>;
  busy: boolean;
  onCancel?: () => void;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const form = useZodForm(recordInputSchema, { defaultValues: original ?? blank() });
  return (
    <Form
      form={form}
      label={title}
      title={title}
      submitLabel={submitLabel}
      busy={busy}
      onSubmit={async (input) => {
        if (original && changedFields(original, form.getValues()).length === 0) {
          form.setError("root", { message: "records.write.nothingChanged" });
          return;
        }
        if (await onSubmit(input)) form.reset(original ?? blank());
      }}
      actions={
        onCancel && (
          <Button variant="secondary" onClick={onCancel}>
            {t("records.write.cancel")}
          </Button>
        )
      }
    >
      {children}
      <div className="flex flex-wrap items-start gap-3">
        <TextInput
          name="diagnosis"
          label={t("records.write.diagnosis")}
          maxBytes={RECORD_TEXT_BYTES.diagnosis}
          className="w-full sm:w-auto sm:min-w-64 flex-1"
        />
        <TextInput name="icd10" label={t("records.write.icd10")} />
        <TextInput
          name="date"
          label={t("records.write.date")}
          type="date"
          min={EARLIEST_CARE_DATE}
          max={localToday()}
        />
      </div>
      <TextInput
        name="treatment"
        label={t("records.write.treatment")}
        maxBytes={RECORD_TEXT_BYTES.treatment}
      />
      <TextInput name="notes" label={t("records.write.notes")} maxBytes={RECORD_TEXT_BYTES.notes} />
      {original && <ChangesFrom original={original} />}
      <FormError />
    </Form>
  );
}
