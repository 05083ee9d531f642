import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { type Address as AddressType, isAddressEqual } from "viem";
import { useAccount } from "wagmi";
import { Link, useParams } from "wouter";
import { PartyName } from "../directory/PartyName";
import { Address } from "../ui/Address";
import { formatAmount } from "../ui/amount";
import { Button } from "../ui/Button";
import { Card } from "../ui/Card";
import { dateFormat } from "../ui/format";
import { PageHeading } from "../ui/PageHeading";
import { currencyOf, useCurrencies } from "./hooks/useCurrencies";
import { useInvoice } from "./hooks/useInvoice";

/** An account on the receipt: "You" beside it when it is the reader's own. */
function Party({ address, me }: { address: AddressType; me: AddressType | undefined }) {
  const { t } = useTranslation();
  if (!me || !isAddressEqual(address, me)) return <Address address={address} />;
  return (
    <span>
      {t("payments.receiptView.you")} <Address address={address} />
    </span>
  );
}

/** A receipt that prints cleanly: the header, banners, toasts and buttons are hidden on paper. */
export default function ReceiptPage() {
  const { t, i18n } = useTranslation();
  const { address: me } = useAccount();
  const { id = "" } = useParams();
  const isNumber = /^\d+$/.test(id);
  const { invoice, payment, isLoading, notFound } = useInvoice(isNumber ? BigInt(id) : undefined);
  const currencies = useCurrencies(invoice ? [invoice.currency] : []);
  const currency = invoice && currencyOf(currencies.data, invoice.currency);
  const back = (
    <Link href="/payments" className="inline-flex min-h-11 items-center text-teal-700 underline print:hidden">
      {t("payments.receiptView.back")}
    </Link>
  );
  const problem = !isNumber
    ? t("payments.receiptView.notANumber", { id })
    : notFound
      ? t("payments.receiptView.notFound", { id })
      : invoice && invoice.paidAtBlock === 0n
        ? t("payments.receiptView.notPaid", { id })
        : undefined;

  const heading = <PageHeading title={t("payments.receiptView.title", { id })} />;
  if (problem) {
    return (
      <div className="space-y-3">
        {heading}
        <p role="alert">{problem}</p>
        {back}
      </div>
    );
  }
  if (isLoading || !invoice || !payment)
    return (
      <div className="space-y-3">
        {heading}
        <p className="text-slate-500">{t("common.loading")}</p>
      </div>
    );
  const money = (value: bigint) =>
    currency ? formatAmount(value, currency.decimals, currency.symbol, i18n.language) : "";
  const details = invoice.details;
  const rows: [string, ReactNode][] = [
    [t("payments.receiptView.service"), details ? `${details.description} (${details.serviceCode})` : "…"],
    [t("payments.receiptView.provider"), <PartyName key="p" address={invoice.provider} />],
    [t("payments.receiptView.patient"), <Party key="pa" address={invoice.patient} me={me} />],
    [t("payments.receiptView.payer"), <Party key="py" address={invoice.payer} me={me} />],
    [t("payments.receiptView.amount"), money(invoice.amount)],
    ...(invoice.refunded > 0n
      ? [[t("payments.receiptView.refunded"), money(invoice.refunded)] as [string, string]]
      : []),
    [
      t("payments.receiptView.paidAt"),
      payment.time === undefined
        ? "…"
        : dateFormat(i18n.language, { dateStyle: "long", timeStyle: "medium" }).format(
            new Date(payment.time * 1000),
          ),
    ],
    [
      t("payments.receiptView.tx"),
      <span key="tx" className="break-all font-mono text-xs">
        {payment.hash}
      </span>,
    ],
    [t("payments.receiptView.block"), payment.blockNumber.toString()],
  ];

  return (
    <div className="space-y-4">
      {heading}
      <Card>
        <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2 text-sm" data-testid="receipt">
          {rows.map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="font-medium">{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      </Card>
      <div className="flex items-center gap-4 print:hidden">
        <Button onClick={() => window.print()}>{t("payments.receiptView.print")}</Button>
        {back}
      </div>
    </div>
  );
}
