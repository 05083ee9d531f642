import { type ReactNode, useId } from "react";
import { useTranslation } from "react-i18next";
import { PartyName } from "../../directory/PartyName";
import { useActivityOn } from "../../tx/activity";
import { ActsOn } from "../../ui/ActsOn";
import { formatAmount } from "../../ui/amount";
import { dateFormat } from "../../ui/format";
import { Cell, stacked } from "../../ui/StackedTable";
import { currencyOf } from "../hooks/useCurrencies";
import { invoiceSubject } from "../hooks/usePaymentActions";
import type { Currency, InvoiceStatus, InvoiceView } from "../model";

const statusColours: Record<InvoiceStatus, string> = {
  open: "bg-sky-100 text-sky-900",
  overdue: "bg-red-100 text-red-900",
  paid: "bg-emerald-100 text-emerald-900",
  partlyRefunded: "bg-amber-100 text-amber-900",
  refunded: "bg-slate-200 text-slate-800",
  cancelled: "bg-slate-200 text-slate-600",
  providerGone: "bg-red-100 text-red-900",
};

type RowProps = {
  invoice: InvoiceView;
  currencies: Currency[] | undefined;
  counterpart: "patient" | "provider";
  actions: (invoice: InvoiceView, currency: Currency) => ReactNode;
};

/**
 * Invoices as a table (cards on a phone); `counterpart` picks the column that names the other party, `actions`
 * fills the last. A row with a transaction under way says so in place of its actions.
 */
export function InvoiceTable({
  invoices,
  testId,
  caption,
  ...row
}: { invoices: InvoiceView[]; testId: string; caption: string } & Omit<RowProps, "invoice">) {
  const { t } = useTranslation();
  return (
    <div className="sm:overflow-x-auto">
      <table className={stacked.table} data-testid={testId}>
        <caption className="sr-only">{caption}</caption>
        <thead className={`${stacked.head} text-left text-slate-600`}>
          <tr>
            <th className="py-1">{t("payments.columns.invoice")}</th>
            <th className="py-1">{t("payments.columns.service")}</th>
            <th className="py-1">{t(`payments.columns.${row.counterpart}`)}</th>
            <th className="py-1 text-right">{t("payments.columns.amount")}</th>
            <th className="py-1 pl-4">{t("payments.columns.due")}</th>
            <th className="py-1">{t("payments.columns.status")}</th>
            <th className="py-1" />
          </tr>
        </thead>
        <tbody className={stacked.body}>
          {invoices.map((invoice) => (
            <InvoiceRow key={invoice.id.toString()} invoice={invoice} {...row} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function InvoiceRow({ invoice, currencies, counterpart, actions }: RowProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const currency = currencyOf(currencies, invoice.currency);
  const underway = useActivityOn(invoiceSubject(invoice));
  const money = (value: bigint) =>
    currency ? formatAmount(value, currency.decimals, currency.symbol, i18n.language) : "";
  const due = invoice.details && new Date(invoice.details.dueDate * 1000);
  return (
    <tr
      className={stacked.row}
      data-invoice={invoice.id.toString()}
      data-status={invoice.status}
      data-ready={invoice.details !== undefined && currency !== undefined}
      data-pending={underway !== undefined}
    >
      <th scope="row" className={`${stacked.title} font-mono`} id={`${id}-number`}>
        #{invoice.id.toString()}
      </th>
      <Cell label={t("payments.columns.service")} className="sm:pr-3">
        {invoice.details ? (
          <>
            <span className="block font-medium" id={`${id}-service`}>
              {invoice.details.description || invoice.details.serviceCode}
            </span>
            <span className="text-xs text-slate-500">{invoice.details.serviceCode}</span>
          </>
        ) : (
          <span className="text-slate-500">{t("common.loading")}</span>
        )}
      </Cell>
      <Cell label={t(`payments.columns.${counterpart}`)} className="sm:pr-3">
        <PartyName address={invoice[counterpart]} expectProvider={counterpart === "provider"} />
      </Cell>
      <Cell
        label={t("payments.columns.amount")}
        className="whitespace-nowrap tabular-nums sm:pr-3 sm:text-right"
      >
        {money(invoice.amount)}
        {invoice.refunded > 0n && (
          <span className="block text-xs text-amber-800">
            {t("payments.refunded", { amount: money(invoice.refunded) })}
          </span>
        )}
      </Cell>
      <Cell label={t("payments.columns.due")} className="whitespace-nowrap sm:pl-4 sm:pr-3">
        {due && dateFormat(i18n.language, { dateStyle: "medium" }).format(due)}
      </Cell>
      <Cell label={t("payments.columns.status")} className="sm:pr-3">
        <span className={`rounded px-1.5 py-0.5 text-xs ${statusColours[invoice.status]}`}>
          {t(`payments.status.${invoice.status}`)}
        </span>
      </Cell>
      <Cell>
        {underway ? (
          <span role="status" className="text-sm text-sky-900">
            {t(underway.phase === "signing" ? "payments.row.signing" : "payments.row.pending")}
          </span>
        ) : (
          currency && <ActsOn describedBy={`${id}-number ${id}-service`}>{actions(invoice, currency)}</ActsOn>
        )}
      </Cell>
    </tr>
  );
}
