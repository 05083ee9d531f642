import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { Address } from "../../ui/Address";
import { Card } from "../../ui/Card";
import { VirtualList } from "../../ui/VirtualList";
import type { LedgerRecord } from "../ledger";

/** What anyone can see: that records exist, for whom and when. Never their content. */
export function PublicLedger({ records }: { records: LedgerRecord[] }) {
  const { t, i18n } = useTranslation();
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: "medium" });
  const newestFirst = useMemo(() => [...records].reverse(), [records]);
  return (
    <Card title={t("records.public.title")} id="public-ledger">
      <p className="mb-2 max-w-3xl text-sm text-slate-600">{t("records.public.help")}</p>
      <p className="mb-2 font-medium" data-testid="public-count">
        {t("records.public.count", { count: records.length })}
      </p>
      <VirtualList
        items={newestFirst}
        itemKey={(record) => record.id.toString()}
        label={t("records.public.title")}
        estimateSize={24}
        testId="public-ledger"
        className="text-sm"
        renderItem={(record) => (
          <span className="block py-0.5">
            #{record.id.toString()} · <Address address={record.patient} /> ·{" "}
            {date.format(new Date(record.createdAt * 1000))}
          </span>
        )}
      />
    </Card>
  );
}
