import { useMemo, useState } from "react";
import { useWatch } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { formatAmount, parseAmount } from "../../ui/amount";
import { Button } from "../../ui/Button";
import { Form } from "../../ui/form/Form";
import { TextInput } from "../../ui/form/fields";
import { message } from "../../ui/form/messages";
import { amount } from "../../ui/form/rules";
import { useZodForm } from "../../ui/form/useZodForm";
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
  const money = (value: bigint) => formatAmount(value, currency.decimals, currency.symbol, i18n.language);
  const refundable = invoice.amount - invoice.refunded;
  const maxLabel = money(refundable);
  const schema = useMemo(
    () =>
      z.object({
        amount: amount(currency.decimals, {
          value: refundable,
          message: message("validation.tooLarge", { max: maxLabel }),
        }),
      }),
    [currency.decimals, refundable, maxLabel],
  );
  const form = useZodForm(schema, { defaultValues: { amount: "" } });
  const typed = parseAmount(
    String(useWatch({ control: form.control, name: "amount" }) ?? ""),
    currency.decimals,
  );
  const topUp = typed.ok && typed.value > credit ? typed.value - credit : 0n;

  if (!open) {
    return (
      <Button variant="secondary" onClick={() => setOpen(true)}>
        {t("payments.refund")}
      </Button>
    );
  }
  return (
    <Form
      form={form}
      label={t("payments.refundForm", { id: invoice.id.toString() })}
      submitLabel={t("payments.refund")}
      busy={busy}
      className="flex flex-wrap items-end gap-2"
      onSubmit={async (values) => {
        const result = await refund(invoice, currency, values.amount, credit);
        if (result.ok) {
          form.reset();
          setOpen(false);
        }
      }}
    >
      <TextInput
        name="amount"
        label={t("payments.refundAmount", { symbol: currency.symbol, max: money(refundable) })}
        hint={
          topUp > 0n ? t("payments.refundTopUp", { credit: money(credit), topUp: money(topUp) }) : undefined
        }
      />
    </Form>
  );
}
