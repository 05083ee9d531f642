import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import type { Address } from "viem";
import { PartyName } from "../../directory/PartyName";
import { usePartyNames } from "../../directory/useParty";
import { errorMessage } from "../../tx/errorMessage";
import { Button } from "../../ui/Button";
import { Card } from "../../ui/Card";
import { rescueFocus } from "../../ui/focusRescue";
import { dateFormat } from "../../ui/format";
import { Cell, stacked } from "../../ui/StackedTable";
import { type Disclosure, type DisclosureWords, disclosuresCsv } from "../disclosures";
import { downloadText } from "../fhir/download";
import type { useDisclosures } from "../hooks/useDisclosures";

type Accounting = ReturnType<typeof useDisclosures>;

/** The words of one row: what changed (with the records shared) and to whom. */
function useDisclosureWords(disclosures: readonly Disclosure[] | undefined): DisclosureWords {
  const { t } = useTranslation();
  const names = usePartyNames((disclosures ?? []).flatMap((entry) => entry.doctor ?? []));
  return {
    what: (entry) =>
      t(`records.disclosures.kind.${entry.kind}`, {
        count: entry.recordIds?.length ?? 0,
        records: (entry.recordIds ?? []).map((id) => `#${id}`).join(", "),
      }),
    who: (entry) =>
      entry.doctor ? (names.get(entry.doctor.toLowerCase()) ?? entry.doctor) : t("records.disclosures.you"),
  };
}

/**
 * The patient's accounting of disclosures: every time a doctor was given or lost access, records were shared, or
 * the records key changed, with who and when, read from the ledger's events once asked for; downloadable as CSV.
 */
export function DisclosuresCard({
  me,
  accounting,
  shown,
  onShow,
}: {
  me: Address;
  accounting: Accounting;
  shown: boolean;
  onShow: () => void;
}) {
  const { t } = useTranslation();
  const words = useDisclosureWords(accounting.disclosures);
  // The button that asked is gone: the focus goes to what replaced it (the rows once they arrive).
  const result = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (shown) rescueFocus(result.current);
  }, [shown]);
  return (
    <Card title={t("records.disclosures.title")} id="disclosures">
      <p className="mb-3 max-w-3xl text-sm text-slate-700">{t("records.disclosures.explain")}</p>
      {!shown ? (
        <Button variant="secondary" onClick={onShow}>
          {t("records.disclosures.show")}
        </Button>
      ) : (
        <div ref={result} tabIndex={-1}>
          <DisclosuresResult me={me} accounting={accounting} words={words} />
        </div>
      )}
    </Card>
  );
}

function DisclosuresResult({
  me,
  accounting,
  words,
}: {
  me: Address;
  accounting: Accounting;
  words: DisclosureWords;
}) {
  const { t, i18n } = useTranslation();
  const when = (at: number) =>
    dateFormat(i18n.language, { dateStyle: "medium", timeStyle: "short" }).format(at * 1000);
  const download = () =>
    accounting.disclosures &&
    downloadText(
      `carechain-disclosures-${me.toLowerCase()}.csv`,
      "text/csv",
      disclosuresCsv(accounting.disclosures, words),
    );
  return accounting.error ? (
    <p role="alert" className="text-sm text-red-700">
      {errorMessage(t, accounting.error)}
    </p>
  ) : !accounting.disclosures ? (
    <p role="status" className="text-sm text-slate-600">
      {t("records.disclosures.loading")}
    </p>
  ) : (
    <>
      <Button variant="secondary" className="mb-3" onClick={download}>
        {t("records.disclosures.csv")}
      </Button>
      <div className="sm:overflow-x-auto">
        <table className={stacked.table} data-testid="disclosures">
          <caption className="sr-only">{t("records.disclosures.title")}</caption>
          <thead className={`${stacked.head} text-left text-slate-600`}>
            <tr>
              <th className="py-1">{t("records.disclosures.when")}</th>
              <th className="py-1">{t("records.disclosures.what")}</th>
              <th className="py-1">{t("records.disclosures.who")}</th>
            </tr>
          </thead>
          <tbody className={stacked.body}>
            {accounting.disclosures.map((entry) => (
              <tr
                key={`${entry.block}-${entry.logIndex}-${entry.kind}`}
                className={stacked.row}
                data-kind={entry.kind}
              >
                <th scope="row" className={stacked.title}>
                  <time dateTime={new Date(entry.at * 1000).toISOString()}>{when(entry.at)}</time>
                </th>
                <Cell label={t("records.disclosures.what")}>{words.what(entry)}</Cell>
                <Cell label={t("records.disclosures.who")}>
                  {entry.doctor ? <PartyName address={entry.doctor} /> : t("records.disclosures.you")}
                </Cell>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {accounting.disclosures.length === 0 && (
        <p className="text-sm text-slate-600">{t("records.disclosures.none")}</p>
      )}
    </>
  );
}
