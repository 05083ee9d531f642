import { Suspense, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Address } from "viem";
import { formatAmount } from "../../ui/amount";
import { Button } from "../../ui/Button";
import { Card } from "../../ui/Card";
import { lazyNamed } from "../../ui/lazyComponent";
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
      {owed.length > 0 && <Elsewhere owed={owed} credit={credit} />}
    </Card>
  );
}

// A form few need: its code (and the form kit's) loads when the section is opened, not with a patient's invoices.
const WithdrawElsewhere = lazyNamed(() => import("./WithdrawElsewhere"), "WithdrawElsewhere");

function Elsewhere(props: { owed: Currency[]; credit: ReadonlyMap<Address, bigint> | undefined }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <details className="mt-4" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary className="flex min-h-11 cursor-pointer items-center text-sm font-medium text-teal-800">
        {t("payments.credits.elsewhere")}
      </summary>
      {open && (
        <Suspense fallback={<p className="text-sm text-slate-500">{t("common.loading")}</p>}>
          <WithdrawElsewhere {...props} />
        </Suspense>
      )}
    </details>
  );
}
