import { useTranslation } from "react-i18next";
import { Address } from "../../ui/Address";
import { Card } from "../../ui/Card";
import type { LedgerRecord } from "../ledger";

/** What anyone can see: that records exist, for whom and when. Never their content. */
export function PublicLedger({ records }: { records: LedgerRecord[] }) {
  const { t, i18n } = useTranslation();
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: "medium" });
  return (
    <Card title={t("records.public.title")} id="public-ledger">
      <p className="mb-2 max-w-3xl text-sm text-slate-600">{t("records.public.help")}</p>
      <p className="mb-2 font-medium" data-testid="public-count">
        {t("records.public.count", { count: records.length })}
      </p>
      <ul className="space-y-1 text-sm" data-testid="public-ledger">
        {[...records].reverse().map((record) => (
          <li key={record.id.toString()}>
            #{record.id.toString()} · <Address address={record.patient} /> ·{" "}
            {date.format(new Date(record.createdAt * 1000))}
          </li>
        ))}
      </ul>
    </Card>
  );
}
