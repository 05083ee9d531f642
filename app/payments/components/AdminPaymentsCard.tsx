import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Address } from "viem";
import { useContractRead } from "../../contracts/reads/useContractRead";
import { Button } from "../../ui/Button";
import { Card } from "../../ui/Card";
import { TextField } from "../../ui/Field";
import { LoadMore } from "../../ui/LoadMore";
import { validateAddress } from "../../ui/validation";
import { useInvoices } from "../hooks/useInvoices";
import { usePaymentActions } from "../hooks/usePaymentActions";
import type { Currency } from "../model";
import { InvoiceTable } from "./InvoiceTable";

/**
 * What administrators do on the money side: pause payments and refunds in an emergency (withdrawals stay open),
 * and cancel the open invoices of a provider who lost their role, which no one can pay any more.
 */
export function AdminPaymentsCard({ currencies }: { currencies: Currency[] }) {
  const { t } = useTranslation();
  const paused = useContractRead("ServicePayments", "paused", []);
  const { pause, unpause, cancel, busy } = usePaymentActions();
  const [input, setInput] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [provider, setProvider] = useState<Address>();
  const invoices = useInvoices("provider", provider);
  const stuck = invoices.data?.filter((invoice) => invoice.status === "providerGone") ?? [];

  const look = (event: FormEvent) => {
    event.preventDefault();
    const checked = validateAddress(input);
    if (!checked.ok) return setError(t(checked.error));
    setError(null);
    setProvider(checked.value);
  };

  return (
    <Card title={t("payments.admin.title")} id="payments-admin">
      <div className="mb-4 flex flex-wrap items-center gap-3" data-testid="pause-state">
        <span className="text-sm">
          {paused.data ? t("payments.admin.paused") : t("payments.admin.running")}
        </span>
        <Button
          variant={paused.data ? "primary" : "danger"}
          disabled={busy || paused.data === undefined}
          onClick={paused.data ? unpause : pause}
        >
          {paused.data ? t("payments.admin.unpause") : t("payments.admin.pause")}
        </Button>
      </div>
      <form
        onSubmit={look}
        noValidate
        aria-label={t("payments.admin.formerTitle")}
        className="flex flex-wrap items-end gap-3"
      >
        <TextField
          label={t("payments.admin.provider")}
          value={input}
          onChange={setInput}
          mono
          placeholder="0x…"
          error={error}
          hint={t("payments.admin.formerHint")}
          className="min-w-80 flex-1"
        />
        <Button type="submit" variant="secondary">
          {t("payments.admin.look")}
        </Button>
      </form>
      {provider && invoices.data && (
        <div className="mt-3">
          {stuck.length === 0 ? (
            <p className="text-sm text-slate-500">{t("payments.admin.noneStuck")}</p>
          ) : (
            <InvoiceTable
              testId="stuck-invoices"
              invoices={stuck}
              currencies={currencies}
              counterpart="patient"
              actions={(invoice) => (
                <Button variant="danger" disabled={busy} onClick={() => cancel(invoice)}>
                  {t("payments.cancel")}
                </Button>
              )}
            />
          )}
          <LoadMore hasMore={invoices.hasMore} loading={invoices.loadingMore} onLoad={invoices.loadMore} />
        </div>
      )}
    </Card>
  );
}
