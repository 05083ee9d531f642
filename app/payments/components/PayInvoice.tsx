import { useState } from "react";
import { useTranslation } from "react-i18next";
import { formatAmount, formatBalance } from "../../ui/amount";
import { Button } from "../../ui/Button";
import { usePaymentActions } from "../hooks/usePaymentActions";
import { type Currency, ETH, type InvoiceView } from "../model";

/**
 * The pay button, with the wallet balance beside it; an insufficient balance is said before anything is sent. The
 * button waits for the balance (`checking`), read just after the invoices show; a balance that cannot be read
 * leaves the check to the transaction's simulation.
 */
export function PayInvoice({
  invoice,
  currency,
  balance,
  checking,
}: {
  invoice: InvoiceView;
  currency: Currency;
  balance: bigint | undefined;
  checking: boolean;
}) {
  const { t, i18n } = useTranslation();
  const { pay, busy } = usePaymentActions();
  const [error, setError] = useState<string | null>(null);
  const money = (value: bigint) => formatAmount(value, currency.decimals, currency.symbol, i18n.language);

  const submit = async () => {
    if (balance !== undefined && balance < invoice.amount) {
      setError(t("payments.insufficient", { balance: money(balance), amount: money(invoice.amount) }));
      return;
    }
    setError(null);
    await pay(invoice, currency);
  };

  const label =
    currency.address === ETH
      ? "payments.pay"
      : currency.payment.kind === "permit"
        ? "payments.payWithPermit"
        : "payments.payWithApproval";
  return (
    <div className="flex flex-col items-start gap-1">
      <Button disabled={busy || checking} onClick={submit}>
        {t(label, { amount: money(invoice.amount) })}
      </Button>
      {balance !== undefined && (
        <span className="text-xs text-slate-500" title={money(balance)}>
          {t("payments.balance", {
            balance: formatBalance(balance, currency.decimals, currency.symbol, i18n.language),
          })}
        </span>
      )}
      {error && (
        <span role="alert" className="text-xs text-red-700">
          {error}
        </span>
      )}
    </div>
  );
}
