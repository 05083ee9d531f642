import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Address } from "viem";
import { z } from "zod";
import { AddressInput } from "../../directory/AddressInput";
import { Button } from "../../ui/Button";
import { Card } from "../../ui/Card";
import { Form } from "../../ui/form/Form";
import { address } from "../../ui/form/rules";
import { useZodForm } from "../../ui/form/useZodForm";
import { LoadMore } from "../../ui/LoadMore";
import { useInvoices } from "../hooks/useInvoices";
import { usePaymentActions } from "../hooks/usePaymentActions";
import { usePaymentsPaused } from "../hooks/usePaymentsPaused";
import type { Currency } from "../model";
import { InvoiceTable } from "./InvoiceTable";

const lookupSchema = z.object({ provider: address() });

/**
 * What administrators do on the money side: pause payments and refunds in an emergency (withdrawals stay open),
 * and cancel the open invoices of a provider who lost their role, which no one can pay any more.
 */
export function AdminPaymentsCard({ currencies }: { currencies: Currency[] }) {
  const { t } = useTranslation();
  const paused = usePaymentsPaused();
  const { pause, unpause, cancel, busy } = usePaymentActions();
  const [provider, setProvider] = useState<Address>();
  const form = useZodForm(lookupSchema, { defaultValues: { provider: "" } });
  const invoices = useInvoices("provider", provider);
  const stuck = invoices.data?.filter((invoice) => invoice.status === "providerGone") ?? [];

  return (
    <Card title={t("payments.admin.title")} id="payments-admin">
      <div className="mb-4 flex flex-wrap items-center gap-3" data-testid="pause-state">
        <span className="text-sm">{paused ? t("payments.admin.paused") : t("payments.admin.running")}</span>
        <Button
          variant={paused ? "primary" : "danger"}
          disabled={busy || paused === undefined}
          onClick={paused ? unpause : pause}
        >
          {paused ? t("payments.admin.unpause") : t("payments.admin.pause")}
        </Button>
      </div>
      <Form
        form={form}
        label={t("payments.admin.formerTitle")}
        title={t("payments.admin.formerTitle")}
        help={t("payments.admin.formerHint")}
        submitLabel={t("payments.admin.look")}
        onSubmit={(values) => setProvider(values.provider)}
      >
        <AddressInput
          name="provider"
          label={t("payments.admin.provider")}
          className="w-full sm:w-auto sm:min-w-80"
        />
      </Form>
      {provider && invoices.data && (
        <div className="mt-3">
          {stuck.length === 0 ? (
            <p className="text-sm text-slate-500">{t("payments.admin.noneStuck")}</p>
          ) : (
            <InvoiceTable
              testId="stuck-invoices"
              caption={t("payments.admin.formerTitle")}
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
