import { useMemo } from "react";
import { useWatch } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { useAccount } from "wagmi";
import { z } from "zod";
import { LIMITS } from "../../contracts/limits";
import { AddressInput } from "../../directory/AddressInput";
import { PublicTextWarning } from "../../privacy/PublicTextWarning";
import { Form } from "../../ui/form/Form";
import { SelectInput, TextInput } from "../../ui/form/fields";
import { refuse } from "../../ui/form/refine";
import { address, amount, optionalText } from "../../ui/form/rules";
import { useZodForm } from "../../ui/form/useZodForm";
import { currencyOf } from "../hooks/useCurrencies";
import { usePaymentActions } from "../hooks/usePaymentActions";
import type { Currency } from "../model";

/**
 * A billing code, never a diagnosis: a CPT code (five digits) or a HCPCS Level II code (a letter and four digits),
 * optionally named and with a two-character modifier ("CPT-99213", "99214-25", "HCPCS G0008"). An ICD-10 code
 * (B20, F32.9) cannot take this form, so it is refused outright rather than warned about.
 */
const SERVICE_CODE = /^(?:(?:CPT|HCPCS)[- ]?)?(?:\d{5}|[A-Z]\d{4})(?:-[0-9A-Z]{2})?$/i;

/** The end of the chosen day, in Unix time: an invoice is due by that evening. */
const endOfDay = (date: string) => Math.floor(new Date(`${date}T23:59:59`).getTime() / 1000);

/** A provider issues an invoice; its service code and description are public, and warn when they look medical. */
export function CreateInvoiceForm({ currencies }: { currencies: Currency[] }) {
  const { t } = useTranslation();
  const { address: me } = useAccount();
  const { createInvoice, busy } = usePaymentActions();
  const schema = useMemo(
    () =>
      z
        .object({
          patient: address(),
          currency: z.string(),
          amount: z.string(),
          dueDate: z.string().min(1, { message: "validation.required" }),
          serviceCode: z.string().trim().regex(SERVICE_CODE, { message: "payments.create.codeFormat" }),
          description: optionalText(LIMITS.descriptionBytes),
        })
        .transform((values, context) => {
          const currency = currencyOf(currencies, values.currency as `0x${string}`) ?? currencies[0];
          if (!currency) return refuse(context, "currency", "validation.required");
          if (values.patient === me) return refuse(context, "patient", "payments.create.notSelf");
          const due = endOfDay(values.dueDate);
          if (due <= Date.now() / 1000) return refuse(context, "dueDate", "payments.create.dueInPast");
          const parsed = amount(currency.decimals).safeParse(values.amount);
          if (!parsed.success) return refuse(context, "amount", parsed.error.issues[0]?.message ?? "");
          return { ...values, currency, amount: parsed.data, due: BigInt(due) };
        }),
    [currencies, me],
  );
  const form = useZodForm(schema, {
    defaultValues: {
      patient: "",
      currency: currencies[0]?.address ?? "",
      amount: "",
      dueDate: "",
      serviceCode: "",
      description: "",
    },
  });
  const patient = useWatch({ control: form.control, name: "patient" });

  return (
    <Form
      form={form}
      label={t("payments.create.title")}
      submitLabel={t("payments.create.submit")}
      busy={busy}
      onSubmit={async (values) => {
        const result = await createInvoice(
          values.patient,
          values.currency,
          values.amount,
          values.due,
          values.serviceCode,
          values.description ?? "",
        );
        if (result.ok) {
          form.resetField("amount");
          form.resetField("serviceCode");
          form.resetField("description");
        }
      }}
    >
      <div className="flex flex-wrap items-start gap-3">
        <AddressInput
          name="patient"
          label={t("payments.create.patient")}
          className="w-full sm:w-auto sm:min-w-80 flex-1"
        />
        <SelectInput
          name="currency"
          label={t("payments.create.currency")}
          options={currencies.map((option) => ({ value: option.address, label: option.symbol }))}
        />
        <TextInput name="amount" label={t("payments.create.amount")} inputMode="decimal" />
        <TextInput name="dueDate" label={t("payments.create.dueDate")} type="date" />
      </div>
      <div className="flex flex-wrap items-start gap-3">
        <div>
          <TextInput
            name="serviceCode"
            label={t("payments.create.serviceCode")}
            hint={t("payments.create.serviceCodeHint")}
          />
          <PublicTextWarning name="serviceCode" patient={patient} />
        </div>
        <div className="w-full sm:w-auto sm:min-w-80 flex-1">
          <TextInput
            name="description"
            label={t("payments.create.description")}
            hint={t("payments.create.descriptionHint")}
            maxBytes={LIMITS.descriptionBytes}
          />
          <PublicTextWarning name="description" patient={patient} />
        </div>
      </div>
    </Form>
  );
}
