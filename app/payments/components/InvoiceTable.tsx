import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { PartyName } from "../../directory/PartyName";
import { formatAmount } from "../../ui/amount";
import { currencyOf } from "../hooks/useCurrencies";
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

/** Invoices as a table; `counterpart` picks the column that names the other party, `actions` fills the last. */
export function InvoiceTable({
  invoices,
  currencies,
  counterpart,
  actions,
  testId,
}: {
  invoices: InvoiceView[];
  currencies: Currency[] | undefined;
  counterpart: "patient" | "provider";
  actions: (invoice: InvoiceView, currency: Currency) => ReactNode;
  testId: string;
}) {
  const { t, i18n } = useTranslation();
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: "medium" });
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-sm" data-testid={testId}>
        <thead className="text-left text-slate-600">
          <tr>
            <th className="py-1">{t("payments.columns.invoice")}</th>
            <th className="py-1">{t("payments.columns.service")}</th>
            <th className="py-1">{t(`payments.columns.${counterpart}`)}</th>
            <th className="py-1 text-right">{t("payments.columns.amount")}</th>
            <th className="py-1 pl-4">{t("payments.columns.due")}</th>
            <th className="py-1">{t("payments.columns.status")}</th>
            <th className="py-1" />
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {invoices.map((invoice) => {
            const currency = currencyOf(currencies, invoice.currency);
            return (
              <tr
                key={invoice.id.toString()}
                data-invoice={invoice.id.toString()}
                data-status={invoice.status}
                data-ready={invoice.details !== undefined}
              >
                <td className="py-2 font-mono">#{invoice.id.toString()}</td>
                <td className="pr-3">
                  {invoice.details ? (
                    <>
                      <span className="block font-medium">
                        {invoice.details.description || invoice.details.serviceCode}
                      </span>
                      <span className="text-xs text-slate-500">{invoice.details.serviceCode}</span>
                    </>
                  ) : (
                    <span className="text-slate-500">{t("common.loading")}</span>
                  )}
                </td>
                <td className="pr-3">
                  <PartyName address={invoice[counterpart]} expectProvider={counterpart === "provider"} />
                </td>
                <td className="whitespace-nowrap pr-3 text-right tabular-nums">
                  {currency &&
                    formatAmount(invoice.amount, currency.decimals, currency.symbol, i18n.language)}
                  {currency && invoice.refunded > 0n && (
                    <span className="block text-xs text-amber-800">
                      {t("payments.refunded", {
                        amount: formatAmount(
                          invoice.refunded,
                          currency.decimals,
                          currency.symbol,
                          i18n.language,
                        ),
                      })}
                    </span>
                  )}
                </td>
                <td className="whitespace-nowrap pl-4 pr-3">
                  {invoice.details && date.format(new Date(invoice.details.dueDate * 1000))}
                </td>
                <td className="pr-3">
                  <span className={`rounded px-1.5 py-0.5 text-xs ${statusColours[invoice.status]}`}>
                    {t(`payments.status.${invoice.status}`)}
                  </span>
                </td>
                <td className="py-2">{currency && actions(invoice, currency)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
