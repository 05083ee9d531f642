import { Suspense, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useAccount, useChainId } from "wagmi";
import { Link } from "wouter";
import { isDeployedOn } from "../contracts/deployments";
import { useMyRoles } from "../roles/useMyRoles";
import { rolesOfQuery } from "../roles/useRoles";
import { firstReads } from "../sync/reads/firstReads";
import { contractReadQuery } from "../sync/reads/useContractRead";
import { Button } from "../ui/Button";
import { Card } from "../ui/Card";
import { JumpToAction } from "../ui/JumpToAction";
import { lazyNamed } from "../ui/lazyComponent";
import { PageHeading } from "../ui/PageHeading";
import { CreditsCard } from "./components/CreditsCard";
import { InvoiceList } from "./components/InvoiceList";
import { PayInvoice } from "./components/PayInvoice";
import { useBalances } from "./hooks/useBalances";
import { useCurrencies } from "./hooks/useCurrencies";
import { invoicePagesQuery, type Side, useInvoices } from "./hooks/useInvoices";
import { usePaymentActions } from "./hooks/usePaymentActions";
import { usePaymentsPaused } from "./hooks/usePaymentsPaused";
import type { InvoiceView } from "./model";

// The forms (and zod and react-hook-form with them) only providers and administrators use: a patient paying a bill
// on a phone does not download them before their invoices.
const CreateInvoiceForm = lazyNamed(() => import("./components/CreateInvoiceForm"), "CreateInvoiceForm");
const RefundInvoice = lazyNamed(() => import("./components/RefundInvoice"), "RefundInvoice");
const AdminPaymentsCard = lazyNamed(() => import("./components/AdminPaymentsCard"), "AdminPaymentsCard");

const payable = (invoice: InvoiceView) => invoice.status === "open" || invoice.status === "overdue";
const cancellable = (invoice: InvoiceView) => payable(invoice) || invoice.status === "providerGone";
const refundable = (invoice: InvoiceView) => invoice.status === "paid" || invoice.status === "partlyRefunded";

export default function PaymentsPage() {
  const { t } = useTranslation();
  const chainId = useChainId();
  const { address } = useAccount();
  const { may } = useMyRoles();
  const mine = useInvoices("patient", address);
  const issued = useInvoices("provider", address);
  const invoiceCurrencies = useMemo(
    () => [...(mine.data ?? []), ...(issued.data ?? [])].map((invoice) => invoice.currency),
    [mine.data, issued.data],
  );
  const currencies = useCurrencies(invoiceCurrencies);
  // Wallet balances and credits as soon as the invoices' currencies are known, beside the invoices' details: the
  // Pay buttons wait for them (bench:load's "Pay enabled").
  const balances = useBalances(currencies.tokens, { after: mine.data !== undefined });
  const { cancel, busy } = usePaymentActions();
  const paused = usePaymentsPaused();
  const isProvider = may.invoice;
  const receiptLink = (invoice: InvoiceView) => (
    <Link
      className="inline-flex min-h-11 min-w-11 items-center text-teal-700 underline"
      href={`/payments/receipt/${invoice.id}`}
      aria-label={t("payments.receiptFor", { id: invoice.id.toString() })}
    >
      {t("payments.receipt")}
    </Link>
  );

  return (
    <div className="space-y-6">
      <header>
        <PageHeading title={t("capability.payments.title")} />
        <p className="text-slate-700">{t("payments.lead")}</p>
        {isProvider && currencies.data && (
          <JumpToAction
            target="create-invoice"
            label={t("common.goTo", { place: t("payments.create.title") })}
          />
        )}
      </header>
      {!isDeployedOn(chainId) && <p role="alert">{t("payments.notDeployed")}</p>}
      {!address && <p className="text-slate-600">{t("payments.notConnected")}</p>}
      {address && (
        <>
          <Card title={t("payments.mine.title")} id="my-invoices">
            <p className="mb-3 text-sm text-slate-600">{t("payments.whoPays")}</p>
            {paused && (
              <p
                role="status"
                className="mb-3 rounded-md bg-amber-50 p-2 text-sm text-amber-900"
                data-testid="paused"
              >
                {t("payments.admin.paused")}
              </p>
            )}
            <InvoiceList
              list={mine}
              empty={t("payments.mine.empty")}
              testId="my-invoices"
              caption={t("payments.mine.title")}
              currencies={currencies.data}
              counterpart="provider"
              actions={(invoice, currency) =>
                payable(invoice) && paused ? (
                  <span className="text-xs text-amber-900">{t("payments.pausedShort")}</span>
                ) : payable(invoice) ? (
                  <PayInvoice
                    invoice={invoice}
                    currency={currency}
                    balance={balances.wallet.get(currency.address)}
                    checking={!balances.loaded}
                  />
                ) : invoice.status === "providerGone" ? (
                  <span className="text-xs text-red-800">{t("payments.providerGone")}</span>
                ) : (
                  invoice.status !== "cancelled" && receiptLink(invoice)
                )
              }
            />
          </Card>
          {currencies.data && (
            <CreditsCard
              currencies={currencies.data}
              credit={balances.loaded ? balances.credit : undefined}
              help={isProvider ? t("payments.credits.providerHelp") : t("payments.credits.patientHelp")}
            />
          )}
          {isProvider && currencies.data && (
            <Card title={t("payments.create.title")} id="create-invoice">
              <Suspense fallback={<p className="text-sm text-slate-500">{t("common.loading")}</p>}>
                <CreateInvoiceForm currencies={currencies.data.filter((currency) => currency.accepted)} />
              </Suspense>
            </Card>
          )}
          {(isProvider || (issued.data?.length ?? 0) > 0) && (
            <Card title={t("payments.issued.title")} id="issued-invoices">
              <InvoiceList
                list={issued}
                empty={t("payments.issued.empty")}
                testId="issued-invoices"
                caption={t("payments.issued.title")}
                currencies={currencies.data}
                counterpart="patient"
                actions={(invoice, currency) => (
                  <div className="flex flex-wrap items-center gap-2">
                    {cancellable(invoice) && (
                      <Button variant="danger" disabled={busy} onClick={() => cancel(invoice)}>
                        {t("payments.cancel")}
                      </Button>
                    )}
                    {refundable(invoice) && (
                      <Suspense fallback={null}>
                        <RefundInvoice
                          invoice={invoice}
                          currency={currency}
                          credit={balances.credit.get(currency.address) ?? 0n}
                        />
                      </Suspense>
                    )}
                    {invoice.paidAtBlock > 0n && receiptLink(invoice)}
                  </div>
                )}
              />
            </Card>
          )}
          {may.administer && currencies.data && (
            <Suspense fallback={null}>
              <AdminPaymentsCard currencies={currencies.data} />
            </Suspense>
          )}
        </>
      )}
    </div>
  );
}

/**
 * What the page's first render reads: the connected account's roles, invoices (both sides) and the payments'
 * state (paused, accepted currencies).
 */
PaymentsPage.firstReads = firstReads(({ queryClient, config, chainId, account, now }) => {
  if (!isDeployedOn(chainId)) return;
  const read = now.view("ServicePayments");
  void queryClient.prefetchQuery(rolesOfQuery(config, chainId, [account], now.view("CareRoles")));
  for (const side of ["patient", "provider"] satisfies Side[])
    void queryClient.prefetchInfiniteQuery(
      invoicePagesQuery(queryClient, config, chainId, side, account, read),
    );
  for (const view of ["paused", "allowedTokens"] as const)
    void queryClient.prefetchQuery(contractReadQuery(config, chainId, "ServicePayments", view, [], read));
});
