import { useState } from "react";
import { useTranslation } from "react-i18next";
import { formatAmount, parseAmount } from "../../ui/amount";
import { Button } from "../../ui/Button";
import { TextField } from "../../ui/Field";
import { usePaymentActions } from "../hooks/usePaymentActions";
import type { Currency, InvoiceView } from "../model";

/**
 * Refund part or all of a paid invoice; the amount is checked against what can still be refunded. What the
 * provider's credit with the contract does not cover (after a withdrawal) comes from their wallet, said first.
 */
export function RefundInvoice({
  invoice,
  currency,
  credit,
}: {
  invoice: InvoiceView;
  currency: Currency;
  credit: bigint;
}) {
  const { t, i18n } = useTranslation();
  const { refund, busy } = usePaymentActions();
  const [open, setOpen] = useState(false);
  const [input, setInput] = useState("");
  const [error, setError] = useState<string | null>(null);
  const money = (value: bigint) => formatAmount(value, currency.decimals, currency.symbol, i18n.language);
  const refundable = invoice.amount - invoice.refunded;
  const parsed = parseAmount(input, currency.decimals);
  const topUp = parsed.ok && parsed.value > credit ? parsed.value - credit : 0n;

  const submit = async () => {
    if (!parsed.ok) return setError(t(parsed.error, { decimals: parsed.decimals, max: money(refundable) }));
    if (parsed.value > refundable) return setError(t("validation.tooLarge", { max: money(refundable) }));
    setError(null);
    const result = await refund(invoice, currency, parsed.value, credit);
    if (result.ok) {
      setInput("");
      setOpen(false);
    }
  };

  if (!open) {
    return (
      <Button variant="secondary" onClick={() => setOpen(true)}>
        {t("payments.refund")}
      </Button>
    );
  }
  return (
    <div className="flex flex-wrap items-end gap-2">
      <TextField
        label={t("payments.refundAmount", { symbol: currency.symbol, max: money(refundable) })}
        value={input}
        onChange={setInput}
        inputMode="text"
        error={error}
        hint={
          topUp > 0n ? t("payments.refundTopUp", { credit: money(credit), topUp: money(topUp) }) : undefined
        }
      />
      <Button variant="danger" disabled={busy} onClick={submit}>
        {t("payments.refund")}
      </Button>
    </div>
  );
}
