import type { ComponentProps } from "react";
import { useTranslation } from "react-i18next";
import { LoadMore } from "../../ui/LoadMore";
import type { useInvoices } from "../hooks/useInvoices";
import { InvoiceTable } from "./InvoiceTable";

/** One side's invoices as a page shows them: loading, none (in words), or the table, with "Load more". */
export function InvoiceList({
  list,
  empty,
  ...table
}: { list: ReturnType<typeof useInvoices>; empty: string } & Omit<
  ComponentProps<typeof InvoiceTable>,
  "invoices"
>) {
  const { t } = useTranslation();
  return (
    <>
      {!list.data?.length ? (
        <p className="text-sm text-slate-500">{list.isLoading ? t("common.loading") : empty}</p>
      ) : (
        <InvoiceTable invoices={list.data} {...table} />
      )}
      <LoadMore hasMore={list.hasMore} loading={list.loadingMore} onLoad={list.loadMore} />
    </>
  );
}
