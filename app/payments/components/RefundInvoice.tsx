import { useState } from "react";
import { useTranslation } from "react-i18next";
import { formatAmount, parseAmount } from "../../ui/amount";
import { Button } from "../../ui/Button";
import { TextField } from "../../ui/Field";
import { usePaymentActions } from "../hooks/usePaymentActions";
import type { Currency, InvoiceView } from "../model";

/** Refund part or all of a paid invoice; the amount is checked against what can still be refunded. */
export function RefundInvoice({ invoice, currency }: { invoice: InvoiceView; currency: Currency }) {
  const { t, i18n } = useTranslation();
  const { refund, busy } = usePaymentActions();
  const [open, setOpen] = useState(false);
  const [input, setInput] = useState("");
  const [error, setError] = useState<string | null>(null);
  const refundable = invoice.amount - invoice.refunded;
  const max = formatAmount(refundable, currency.decimals, currency.symbol, i18n.language);

  const submit = async () => {
    const parsed = parseAmount(input, currency.decimals);
    if (!parsed.ok) return setError(t(parsed.error, { decimals: parsed.decimals, max }));
    if (parsed.value > refundable) return setError(t("validation.tooLarge", { max }));
    setError(null);
    const result = await refund(invoice, currency, parsed.value);
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
        label={t("payments.refundAmount", { symbol: currency.symbol, max })}
        value={input}
        onChange={setInput}
        inputMode="text"
        error={error}
      />
      <Button variant="danger" disabled={busy} onClick={submit}>
        {t("payments.refund")}
      </Button>
    </div>
  );
}
