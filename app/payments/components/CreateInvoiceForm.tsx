import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useAccount } from "wagmi";
import { parseAmount } from "../../ui/amount";
import { Button } from "../../ui/Button";
import { SelectField, TextField } from "../../ui/Field";
import { validateAddress, validateText } from "../../ui/validation";
import { currencyOf } from "../hooks/useCurrencies";
import { usePaymentActions } from "../hooks/usePaymentActions";
import type { Currency } from "../model";

const DESCRIPTION_BYTES = 140; // the contract's MAX_DESCRIPTION_BYTES
const SERVICE_CODE = /^[A-Za-z0-9.-]{1,32}$/;

type Errors = Partial<
  Record<"patient" | "amount" | "dueDate" | "serviceCode" | "description", string | null>
>;

export function CreateInvoiceForm({ currencies }: { currencies: Currency[] }) {
  const { t } = useTranslation();
  const { address: me } = useAccount();
  const { createInvoice, busy } = usePaymentActions();
  const [patient, setPatient] = useState("");
  const [currencyAddress, setCurrencyAddress] = useState<string>(currencies[0]?.address ?? "");
  const [amount, setAmount] = useState("");
  const [dueDate, setDueDate] = useState("");
  const [serviceCode, setServiceCode] = useState("");
  const [description, setDescription] = useState("");
  const [errors, setErrors] = useState<Errors>({});
  const currency = currencyOf(currencies, currencyAddress as `0x${string}`) ?? currencies[0];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!currency) return;
    const checkedPatient = validateAddress(patient);
    const checkedAmount = parseAmount(amount, currency.decimals);
    const due = dueDate ? Math.floor(new Date(`${dueDate}T23:59:59`).getTime() / 1000) : Number.NaN;
    const checkedDescription = description.trim()
      ? validateText(description, DESCRIPTION_BYTES)
      : ({ ok: true, value: "" } as const);
    const next: Errors = {
      patient: !checkedPatient.ok
        ? t(checkedPatient.error)
        : checkedPatient.value === me
          ? t("payments.create.notSelf")
          : null,
      amount: checkedAmount.ok ? null : t(checkedAmount.error, { decimals: checkedAmount.decimals, max: "" }),
      dueDate: !dueDate
        ? t("validation.required")
        : due <= Date.now() / 1000
          ? t("payments.create.dueInPast")
          : null,
      serviceCode: SERVICE_CODE.test(serviceCode.trim()) ? null : t("payments.create.codeFormat"),
      description: checkedDescription.ok
        ? null
        : t(checkedDescription.error, { max: checkedDescription.max }),
    };
    setErrors(next);
    if (
      Object.values(next).some(Boolean) ||
      !checkedPatient.ok ||
      !checkedAmount.ok ||
      !checkedDescription.ok
    )
      return;
    const result = await createInvoice(
      checkedPatient.value,
      currency,
      checkedAmount.value,
      BigInt(due),
      serviceCode.trim(),
      checkedDescription.value,
    );
    if (result.ok) {
      setAmount("");
      setServiceCode("");
      setDescription("");
    }
  };

  return (
    <form aria-label={t("payments.create.title")} onSubmit={submit} noValidate className="space-y-3">
      <div className="flex flex-wrap items-start gap-3">
        <TextField
          label={t("payments.create.patient")}
          value={patient}
          onChange={setPatient}
          placeholder="0x…"
          mono
          error={errors.patient}
          className="min-w-80 flex-1"
        />
        <SelectField
          label={t("payments.create.currency")}
          value={currencyAddress}
          onChange={setCurrencyAddress}
          options={currencies.map((option) => ({ value: option.address, label: option.symbol }))}
        />
        <TextField
          label={t("payments.create.amount")}
          value={amount}
          onChange={setAmount}
          inputMode="decimal"
          error={errors.amount}
        />
        <TextField
          label={t("payments.create.dueDate")}
          type="date"
          value={dueDate}
          onChange={setDueDate}
          error={errors.dueDate}
        />
      </div>
      <div className="flex flex-wrap items-start gap-3">
        <TextField
          label={t("payments.create.serviceCode")}
          value={serviceCode}
          onChange={setServiceCode}
          hint={t("payments.create.serviceCodeHint")}
          error={errors.serviceCode}
        />
        <TextField
          label={t("payments.create.description")}
          value={description}
          onChange={setDescription}
          hint={t("payments.create.descriptionHint")}
          error={errors.description}
          className="min-w-80 flex-1"
        />
      </div>
      <Button type="submit" disabled={busy}>
        {t("payments.create.submit")}
      </Button>
    </form>
  );
}
