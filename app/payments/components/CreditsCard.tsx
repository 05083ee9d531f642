import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { Address } from "viem";
import { z } from "zod";
import { AddressInput } from "../../directory/AddressInput";
import { formatAmount } from "../../ui/amount";
import { Button } from "../../ui/Button";
import { Card } from "../../ui/Card";
import { Form } from "../../ui/form/Form";
import { SelectInput } from "../../ui/form/fields";
import { address } from "../../ui/form/rules";
import { useZodForm } from "../../ui/form/useZodForm";
import { usePaymentActions } from "../hooks/usePaymentActions";
import type { Currency } from "../model";

/** What the contract holds for the user (a provider's takings, a payer's refunds), each withdrawable. */
export function CreditsCard({
  currencies,
  credit,
  help,
}: {
  currencies: Currency[];
  /** Undefined while it is being read. */
  credit: ReadonlyMap<Address, bigint> | undefined;
  help: string;
}) {
  const { t, i18n } = useTranslation();
  const { withdraw, busy } = usePaymentActions();
  const owed = currencies.filter((currency) => (credit?.get(currency.address) ?? 0n) > 0n);
  return (
    <Card title={t("payments.credits.title")} id="credits">
      <p className="mb-3 text-sm text-slate-600">{help}</p>
      {owed.length === 0 && (
        <p className="text-sm text-slate-500">{credit ? t("payments.credits.empty") : t("common.loading")}</p>
      )}
      <ul className="flex flex-wrap gap-3" data-testid="credits">
        {owed.map((currency) => {
          const amount = credit?.get(currency.address) ?? 0n;
          return (
            <li key={currency.address} data-currency={currency.symbol}>
              <Button disabled={busy} onClick={() => withdraw(currency, amount)}>
                {t("payments.credits.withdraw", {
                  amount: formatAmount(amount, currency.decimals, currency.symbol, i18n.language),
                })}
              </Button>
            </li>
          );
        })}
      </ul>
      {owed.length > 0 && <WithdrawElsewhere owed={owed} credit={credit} />}
    </Card>
  );
}

/**
 * The same credit, sent to another address of the account holder's: a token that blocklists the wallet (USDC can)
 * would otherwise lock it in the contract. Only the caller's own credit ever leaves.
 */
function WithdrawElsewhere({
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
    <details className="mt-4">
      <summary className="cursor-pointer py-2 text-sm font-medium text-teal-800">
        {t("payments.credits.elsewhere")}
      </summary>
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
    </details>
  );
}
