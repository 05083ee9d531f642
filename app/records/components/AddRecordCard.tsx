import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Address } from "viem";
import { Card } from "../../ui/Card";
import { SelectField } from "../../ui/Field";
import { shortAddress } from "../../ui/format";
import type { RecordInput } from "../document";
import { RecordForm } from "./RecordForm";

/** A doctor writes a record for one of the patients who currently allow them. */
export function AddRecordCard({
  patients,
  onAdd,
  busy,
}: {
  patients: Address[];
  onAdd: (patient: Address, input: RecordInput) => Promise<boolean>;
  busy: boolean;
}) {
  const { t } = useTranslation();
  const [patient, setPatient] = useState("");
  const [error, setError] = useState<string | null>(null);
  return (
    <Card title={t("records.write.title")} id="add-record">
      {patients.length === 0 && (
        <p className="mb-3 text-sm text-slate-500">{t("records.write.noPatients")}</p>
      )}
      <RecordForm
        title={t("records.write.title")}
        submitLabel={t("records.write.submit")}
        busy={busy}
        onSubmit={async (input) => {
          const target = patients.find((candidate) => candidate === patient);
          if (!target) {
            setError(t("validation.required"));
            return false;
          }
          setError(null);
          return onAdd(target, input);
        }}
      >
        <SelectField
          label={t("records.write.patient")}
          value={patient}
          onChange={setPatient}
          error={error}
          placeholder={t("resources.choose")}
          options={patients.map((candidate) => ({ value: candidate, label: shortAddress(candidate) }))}
        />
      </RecordForm>
    </Card>
  );
}
