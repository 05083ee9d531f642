import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Address } from "viem";
import { Button } from "../../ui/Button";
import { Card } from "../../ui/Card";
import { SelectField } from "../../ui/Field";
import { shortAddress } from "../../ui/format";
import { VirtualList } from "../../ui/VirtualList";
import type { LedgerRecord, RecordOpener } from "../ledger";

/** The patient picks a doctor they allow and the records to give them, shared in one transaction. */
export function SharePanel({
  doctors,
  records,
  open,
  onShare,
  busy,
}: {
  doctors: Address[];
  records: LedgerRecord[];
  open: RecordOpener;
  onShare: (doctor: Address, records: LedgerRecord[]) => Promise<boolean>;
  busy: boolean;
}) {
  const { t } = useTranslation();
  const [doctor, setDoctor] = useState("");
  const [chosen, setChosen] = useState<Set<bigint>>(new Set());
  const [error, setError] = useState<string | null>(null);
  const newestFirst = records;

  const toggle = (id: bigint) =>
    setChosen((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const submit = async () => {
    const target = doctors.find((candidate) => candidate === doctor);
    if (!target) return setError(t("validation.required"));
    if (chosen.size === 0) return setError(t("records.share.chooseRecords"));
    setError(null);
    if (
      await onShare(
        target,
        records.filter((record) => chosen.has(record.id)),
      )
    )
      setChosen(new Set());
  };

  return (
    <Card title={t("records.share.title")} id="share">
      {doctors.length === 0 ? (
        <p className="text-sm text-slate-500">{t("records.share.noDoctors")}</p>
      ) : (
        <form
          aria-label={t("records.share.title")}
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            submit();
          }}
          className="space-y-3"
        >
          <SelectField
            label={t("records.share.doctor")}
            value={doctor}
            onChange={setDoctor}
            placeholder={t("resources.choose")}
            options={doctors.map((candidate) => ({ value: candidate, label: shortAddress(candidate) }))}
          />
          <fieldset>
            <legend className="mb-1 text-sm font-medium">{t("records.share.records")}</legend>
            {records.length === 0 ? (
              <p className="text-sm text-slate-500">{t("records.timeline.empty")}</p>
            ) : (
              <VirtualList
                items={newestFirst}
                itemKey={(record) => record.id.toString()}
                label={t("records.share.records")}
                estimateSize={28}
                renderItem={(record) => (
                  <ShareChoice
                    record={record}
                    open={open}
                    checked={chosen.has(record.id)}
                    onToggle={toggle}
                  />
                )}
              />
            )}
          </fieldset>
          {error && (
            <p role="alert" className="text-sm text-red-700">
              {error}
            </p>
          )}
          <Button type="submit" disabled={busy}>
            {t("records.share.submit", { count: chosen.size })}
          </Button>
        </form>
      )}
    </Card>
  );
}

/** One record to tick: described by its own decrypted content, and not offered when it cannot be opened. */
function ShareChoice({
  record,
  open,
  checked,
  onToggle,
}: {
  record: LedgerRecord;
  open: RecordOpener;
  checked: boolean;
  onToggle: (id: bigint) => void;
}) {
  const { t } = useTranslation();
  const opened = open(record);
  return (
    <label className="flex items-center gap-2 py-0.5 text-sm">
      <input
        type="checkbox"
        checked={checked}
        disabled={!("document" in opened)}
        onChange={() => onToggle(record.id)}
      />
      #{record.id.toString()} ·{" "}
      {"document" in opened
        ? `${opened.document.condition.text} · ${opened.document.date}`
        : t(`records.timeline.${opened.problem}`)}
    </label>
  );
}
