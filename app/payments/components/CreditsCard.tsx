import { useTranslation } from "react-i18next";
import type { Address } from "viem";
import { formatAmount } from "../../ui/amount";
import { Button } from "../../ui/Button";
import { Card } from "../../ui/Card";
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
    </Card>
  );
}
