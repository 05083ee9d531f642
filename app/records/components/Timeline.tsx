import { type ReactNode, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Address as AddressType } from "viem";
import { PartyName } from "../../directory/PartyName";
import { Button } from "../../ui/Button";
import { ErrorBoundary } from "../../ui/ErrorBoundary";
import { dateFormat } from "../../ui/format";
import { VirtualList } from "../../ui/VirtualList";
import type { RecordInput } from "../document";
import { type LedgerRecord, type RecordOpener, recordThreads } from "../ledger";
import { RecordForm, valuesOf } from "./RecordForm";

type AmendHandler = (record: LedgerRecord, input: RecordInput) => Promise<boolean>;

/**
 * Records newest first, each original followed by its corrections; content only where it decrypted and matched.
 * Only the entries in view are rendered, and so decrypted.
 */
export function Timeline({
  records,
  open,
  me,
  onAmend,
  busy,
  label,
  patient,
}: {
  records: LedgerRecord[];
  open: RecordOpener | undefined;
  me: AddressType;
  onAmend?: AmendHandler;
  busy: boolean;
  label: string;
  /** Whose chart this is, as the reader knows them: every row says it. */
  patient: string;
}) {
  const { t } = useTranslation();
  const threads = useMemo(() => recordThreads(records), [records]);
  if (records.length === 0) return <p className="text-sm text-slate-500">{t("records.timeline.empty")}</p>;
  return (
    <>
      <p className="mb-2 text-sm text-slate-600">{t("records.timeline.count", { count: records.length })}</p>
      <VirtualList
        items={threads}
        itemKey={(thread) => thread.record.id.toString()}
        label={label}
        estimateSize={170}
        ordered
        testId="timeline"
        renderItem={({ record, amendments }) => (
          <div className="pb-4">
            <div className="rounded-md border border-slate-200 p-3">
              <SafeEntry record={record}>
                <RecordEntry
                  record={record}
                  open={open}
                  me={me}
                  onAmend={onAmend}
                  busy={busy}
                  patient={patient}
                  correctedBy={amendments.at(-1)}
                />
              </SafeEntry>
              {amendments.length > 0 && (
                <ol className="mt-3 space-y-3 border-l-2 border-amber-300 pl-4">
                  {amendments.map((amendment) => (
                    <li key={amendment.id.toString()}>
                      <SafeEntry record={amendment}>
                        <RecordEntry record={amendment} open={open} me={me} busy={busy} patient={patient} />
                      </SafeEntry>
                    </li>
                  ))}
                </ol>
              )}
            </div>
          </div>
        )}
      />
    </>
  );
}

/** One entry that fails to render shows as unreadable; the rest of the timeline goes on. */
function SafeEntry({ record, children }: { record: LedgerRecord; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <ErrorBoundary
      fallback={
        <p data-testid={`record-${record.id}`} data-state="unreadable" className="text-sm text-red-800">
          {t("records.timeline.unreadable")}
        </p>
      }
    >
      {children}
    </ErrorBoundary>
  );
}

/** What a correction says, when it can be read: a new correction starts from the record as it stands. */
function currentDocument(open: RecordOpener | undefined, correction: LedgerRecord | undefined) {
  const opened = correction && open ? open(correction) : undefined;
  return opened && "document" in opened ? opened.document : undefined;
}

function RecordEntry({
  record,
  open,
  me,
  onAmend,
  busy,
  patient,
  correctedBy,
}: {
  record: LedgerRecord;
  open: RecordOpener | undefined;
  me: AddressType;
  onAmend?: AmendHandler;
  busy: boolean;
  patient: string;
  /** The latest correction of this record, when it has one: the record is marked, and a new correction starts from it. */
  correctedBy?: LedgerRecord;
}) {
  const { t, i18n } = useTranslation();
  const [amending, setAmending] = useState(false);
  const opened = open ? open(record) : { ...record, problem: "locked" as const };
  const when = dateFormat(i18n.language, { dateStyle: "medium", timeStyle: "short" }).format(
    new Date(record.createdAt * 1000),
  );
  const header = (
    <p className="text-xs text-slate-500">
      #{record.id.toString()} · {when} · {t("records.timeline.patient")}{" "}
      <span className="font-medium text-slate-700" data-testid="record-patient">
        {patient}
      </span>{" "}
      · {t("records.timeline.author")} <PartyName address={record.author} />
      {record.amends !== undefined && ` · ${t("records.timeline.amends", { id: record.amends.toString() })}`}
      {correctedBy && (
        <span className="ml-2 rounded bg-amber-100 px-1.5 text-amber-900" data-testid="corrected">
          {t("records.timeline.correctedBy", { id: correctedBy.id.toString() })}
        </span>
      )}
    </p>
  );
  if ("problem" in opened) {
    return (
      <div data-testid={`record-${record.id}`} data-state={opened.problem}>
        {header}
        <p
          role={opened.problem === "tampered" ? "alert" : undefined}
          className={`text-sm ${opened.problem === "pending" || opened.problem === "locked" ? "text-slate-500" : "text-red-800"}`}
        >
          {t(`records.timeline.${opened.problem}`)}
        </p>
      </div>
    );
  }
  const { condition, treatment, notes, date } = opened.document;
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
      {onAmend && record.author === me && record.amends === undefined && !amending && (
        <Button variant="secondary" className="mt-2" onClick={() => setAmending(true)}>
          {t("records.timeline.amend")}
        </Button>
      )}
      {onAmend && amending && (
        <div className="mt-3">
          <RecordForm
            original={valuesOf(currentDocument(open, correctedBy) ?? opened.document)}
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
