import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Address as AddressType } from "viem";
import { Address } from "../../ui/Address";
import { Button } from "../../ui/Button";
import type { RecordInput } from "../document";
import type { OpenedRecord } from "../ledger";
import { RecordForm } from "./RecordForm";

/** Records newest first, each original followed by its corrections; content only where it decrypted and matched. */
export function Timeline({
  records,
  me,
  onAmend,
  busy,
}: {
  records: OpenedRecord[];
  me: AddressType;
  onAmend?: (record: OpenedRecord, input: RecordInput) => Promise<boolean>;
  busy: boolean;
}) {
  const { t } = useTranslation();
  const originals = records
    .filter((record) => record.amends === undefined)
    .sort((a, b) => Number(b.id - a.id));
  const amendmentsOf = (id: bigint) =>
    records.filter((record) => record.amends === id).sort((a, b) => Number(a.id - b.id));
  if (records.length === 0) return <p className="text-sm text-slate-500">{t("records.timeline.empty")}</p>;
  return (
    <ol className="space-y-4" data-testid="timeline">
      {originals.map((record) => (
        <li key={record.id.toString()} className="rounded-md border border-slate-200 p-3">
          <RecordEntry record={record} me={me} onAmend={onAmend} busy={busy} />
          {amendmentsOf(record.id).length > 0 && (
            <ol className="mt-3 space-y-3 border-l-2 border-amber-300 pl-4">
              {amendmentsOf(record.id).map((amendment) => (
                <li key={amendment.id.toString()}>
                  <RecordEntry record={amendment} me={me} busy={busy} />
                </li>
              ))}
            </ol>
          )}
        </li>
      ))}
      {/* Corrections whose original this reader cannot see still appear, on their own. */}
      {records
        .filter(
          (record) => record.amends !== undefined && !records.some((other) => other.id === record.amends),
        )
        .map((record) => (
          <li key={record.id.toString()} className="rounded-md border border-slate-200 p-3">
            <RecordEntry record={record} me={me} busy={busy} />
          </li>
        ))}
    </ol>
  );
}

function RecordEntry({
  record,
  me,
  onAmend,
  busy,
}: {
  record: OpenedRecord;
  me: AddressType;
  onAmend?: (record: OpenedRecord, input: RecordInput) => Promise<boolean>;
  busy: boolean;
}) {
  const { t, i18n } = useTranslation();
  const [amending, setAmending] = useState(false);
  const when = new Intl.DateTimeFormat(i18n.language, { dateStyle: "medium", timeStyle: "short" }).format(
    new Date(record.createdAt * 1000),
  );
  const header = (
    <p className="text-xs text-slate-500">
      #{record.id.toString()} · {when} · {t("records.timeline.author")} <Address address={record.author} />
      {record.amends !== undefined && ` · ${t("records.timeline.amends", { id: record.amends.toString() })}`}
    </p>
  );
  if ("problem" in record) {
    return (
      <div data-testid={`record-${record.id}`} data-state={record.problem}>
        {header}
        <p role={record.problem === "tampered" ? "alert" : undefined} className="text-sm text-red-800">
          {t(`records.timeline.${record.problem}`)}
        </p>
      </div>
    );
  }
  const { condition, treatment, notes, date } = record.document;
  return (
    <div data-testid={`record-${record.id}`} data-state="ok">
      {header}
      <dl className="mt-1 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="font-medium">{t("records.timeline.diagnosis")}</dt>
        <dd>
          {condition.text}
          {condition.icd10 && (
            <span className="ml-2 font-mono text-xs text-slate-500">ICD-10 {condition.icd10}</span>
          )}
        </dd>
        <dt className="font-medium">{t("records.timeline.treatment")}</dt>
        <dd>{treatment.text}</dd>
        {notes && (
          <>
            <dt className="font-medium">{t("records.timeline.notes")}</dt>
            <dd>{notes}</dd>
          </>
        )}
        <dt className="font-medium">{t("records.timeline.date")}</dt>
        <dd>{date}</dd>
      </dl>
      {onAmend && record.author === me && !amending && (
        <Button variant="secondary" className="mt-2" onClick={() => setAmending(true)}>
          {t("records.timeline.amend")}
        </Button>
      )}
      {onAmend && amending && (
        <div className="mt-3">
          <RecordForm
            title={t("records.write.amendTitle", { id: record.id.toString() })}
            submitLabel={t("records.write.amendSubmit")}
            busy={busy}
            onCancel={() => setAmending(false)}
            onSubmit={async (input) => {
              const done = await onAmend(record, input);
              if (done) setAmending(false);
              return done;
            }}
          />
        </div>
      )}
    </div>
  );
}
