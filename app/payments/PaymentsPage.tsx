import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useAccount, useChainId } from "wagmi";
import { Link } from "wouter";
import { isDeployedOn } from "../chain/deployments";
import { useMyRoles } from "../roles/useMyRoles";
import { Button } from "../ui/Button";
import { Card } from "../ui/Card";
import { CreateInvoiceForm } from "./components/CreateInvoiceForm";
import { CreditsCard } from "./components/CreditsCard";
import { InvoiceTable } from "./components/InvoiceTable";
import { PayInvoice } from "./components/PayInvoice";
import { RefundInvoice } from "./components/RefundInvoice";
import { useBalances } from "./hooks/useBalances";
import { useCurrencies } from "./hooks/useCurrencies";
import { useInvoices } from "./hooks/useInvoices";
import { usePaymentActions } from "./hooks/usePaymentActions";
import type { InvoiceView } from "./model";

const payable = (invoice: InvoiceView) => invoice.status === "open" || invoice.status === "overdue";
const refundable = (invoice: InvoiceView) => invoice.status === "paid" || invoice.status === "partlyRefunded";

export default function PaymentsPage() {
  const { t } = useTranslation();
  const chainId = useChainId();
  const { address } = useAccount();
  const { roles } = useMyRoles();
  const invoices = useInvoices(address);
  const invoiceCurrencies = useMemo(
    () => (invoices.data ?? []).map((invoice) => invoice.currency),
    [invoices.data],
  );
  const currencies = useCurrencies(invoiceCurrencies);
  const balances = useBalances(currencies.data);
  const { cancel, busy } = usePaymentActions();
  const isProvider = roles.includes("BILLING") || roles.includes("DOCTOR");
  const mine = invoices.data?.filter((invoice) => invoice.patient === address) ?? [];
  const issued = invoices.data?.filter((invoice) => invoice.provider === address) ?? [];
  const receiptLink = (invoice: InvoiceView) => (
    <Link className="text-teal-700 underline" href={`/payments/receipt/${invoice.id}`}>
      {t("payments.receipt")}
    </Link>
  );

  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-2xl font-bold">{t("pages.payments.title")}</h1>
        <p className="text-slate-700">{t("payments.lead")}</p>
      </header>
      {!isDeployedOn(chainId) && <p role="alert">{t("payments.notDeployed")}</p>}
      {!address && <p className="text-slate-600">{t("home.notConnected")}</p>}
      {address && (
        <>
          <Card title={t("payments.mine.title")} id="my-invoices">
            <p className="mb-3 text-sm text-slate-600">{t("payments.whoPays")}</p>
            {mine.length === 0 ? (
              <p className="text-sm text-slate-500">
                {invoices.isLoading ? t("common.loading") : t("payments.mine.empty")}
              </p>
            ) : (
              <InvoiceTable
                testId="my-invoices"
                invoices={mine}
                currencies={currencies.data}
                counterpart="provider"
                actions={(invoice, currency) =>
                  payable(invoice) ? (
                    <PayInvoice
                      invoice={invoice}
                      currency={currency}
                      balance={balances.wallet.get(currency.address)}
                    />
                  ) : (
                    invoice.status !== "cancelled" && receiptLink(invoice)
                  )
                }
              />
            )}
          </Card>
          {currencies.data && (
            <CreditsCard
              currencies={currencies.data}
              credit={balances.credit}
              help={isProvider ? t("payments.credits.providerHelp") : t("payments.credits.patientHelp")}
            />
          )}
          {isProvider && currencies.data && (
            <Card title={t("payments.create.title")} id="create-invoice">
              <CreateInvoiceForm currencies={currencies.data} />
            </Card>
          )}
          {isProvider && (
            <Card title={t("payments.issued.title")} id="issued-invoices">
              {issued.length === 0 ? (
                <p className="text-sm text-slate-500">{t("payments.issued.empty")}</p>
              ) : (
                <InvoiceTable
                  testId="issued-invoices"
                  invoices={issued}
                  currencies={currencies.data}
                  counterpart="patient"
                  actions={(invoice, currency) => (
                    <div className="flex flex-wrap items-center gap-2">
                      {payable(invoice) && (
                        <Button variant="danger" disabled={busy} onClick={() => cancel(invoice)}>
                          {t("payments.cancel")}
                        </Button>
                      )}
                      {refundable(invoice) && <RefundInvoice invoice={invoice} currency={currency} />}
                      {invoice.paidIn && receiptLink(invoice)}
                    </div>
                  )}
                />
              )}
            </Card>
          )}
        </>
      )}
    </div>
  );
}
