import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { Address } from "viem";
import { z } from "zod";
import { AddressInput } from "../../directory/AddressInput";
import { Form } from "../../ui/form/Form";
import { SelectInput } from "../../ui/form/fields";
import { address } from "../../ui/form/rules";
import { useZodForm } from "../../ui/form/useZodForm";
import { usePaymentActions } from "../hooks/usePaymentActions";
import type { Currency } from "../model";

/**
 * The same credit, sent to another address of the account holder's: a token that blocklists the wallet (USDC can)
 * would otherwise lock it in the contract. Only the caller's own credit ever leaves.
 */
export function WithdrawElsewhere({
  owed,
  credit,
}: {
  owed: Currency[];
  credit: ReadonlyMap<Address, bigint> | undefined;
}) {
  const { t } = useTranslation();
  const { withdraw, busy } = usePaymentActions();
  const form = useZodForm(
    useMemo(() => z.object({ currency: z.string(), to: address() }), []),
    { defaultValues: { currency: owed[0]?.address ?? "", to: "" } },
  );
  return (
    <Form
      form={form}
      label={t("payments.credits.elsewhere")}
      help={t("payments.credits.elsewhereHelp")}
      submitLabel={t("payments.credits.withdrawThere")}
      busy={busy}
      className="mt-2 max-w-xl space-y-3"
      onSubmit={async ({ currency, to }) => {
        const chosen = owed.find((option) => option.address === currency);
        if (chosen) await withdraw(chosen, credit?.get(chosen.address) ?? 0n, to);
      }}
    >
      <SelectInput
        name="currency"
        label={t("payments.create.currency")}
        options={owed.map((option) => ({ value: option.address, label: option.symbol }))}
      />
      <AddressInput name="to" label={t("payments.credits.to")} />
    </Form>
  );
}
