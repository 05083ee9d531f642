import { useTranslation } from "react-i18next";
import { Address } from "../../ui/Address";
import { Card } from "../../ui/Card";
import { dateFormat } from "../../ui/format";
import { LoadMore } from "../../ui/LoadMore";
import { useRecentRecords } from "../hooks/useRecentRecords";

/** What anyone can see: that records exist, for whom and when. Never their content. The newest first. */
export function PublicLedger() {
  const { t, i18n } = useTranslation();
  const { total, records, hasMore, showMore } = useRecentRecords();
  const date = dateFormat(i18n.language, { dateStyle: "medium" });
  return (
    <Card title={t("records.public.title")} id="public-ledger">
      <p className="mb-2 max-w-3xl text-sm text-slate-600">{t("records.public.help")}</p>
      {total !== undefined && (
        <p className="mb-2 font-medium" data-testid="public-count">
          {t("records.public.count", { count: Number(total) })}
        </p>
      )}
      <ul className="text-sm" data-testid="public-ledger">
        {records?.map((record) => (
          <li key={record.id.toString()} className="py-0.5">
            #{record.id.toString()} · <Address address={record.patient} /> ·{" "}
            {date.format(new Date(Number(record.createdAt) * 1000))}
          </li>
        ))}
      </ul>
      <LoadMore hasMore={hasMore} loading={false} onLoad={showMore} />
    </Card>
  );
}
