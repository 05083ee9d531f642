import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "../../ui/Button";
import { Form } from "../../ui/form/Form";
import { TextInput } from "../../ui/form/fields";
import { useZodForm } from "../../ui/form/useZodForm";
import {
  EARLIEST_CARE_DATE,
  localToday,
  RECORD_TEXT_BYTES,
  type RecordInput,
  recordInputSchema,
} from "../document";

/**
 * Diagnosis, optional ICD-10 code, treatment, notes and date, checked against the same schema that every decrypted
 * record is checked against, before anything is encrypted or sent.
 */
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
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const form = useZodForm(recordInputSchema, {
    defaultValues: { diagnosis: "", icd10: "", treatment: "", notes: "", date: localToday() },
  });
  return (
    <Form
      form={form}
      label={title}
      title={title}
      submitLabel={submitLabel}
      busy={busy}
      onSubmit={async (input) => {
        if (await onSubmit(input))
          form.reset({ diagnosis: "", icd10: "", treatment: "", notes: "", date: localToday() });
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
    </Form>
  );
}
