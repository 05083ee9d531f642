import { useMemo } from "react";
import type { Address } from "viem";
import { useContractPages } from "../../contracts/reads/useContractPages";
import { useEventsAt } from "../../contracts/reads/useEventsAt";
import { type InvoiceRow, type IssuedEvent, toInvoices } from "../invoices";

/** Invoices shown per page; older ones on request. */
export const INVOICES_PER_PAGE = 10n;

/**
 * The invoices a patient received or a provider issued, newest first, a page at a time: storage first (status,
 * amounts), then each invoice's public details from the very block it was issued in.
 */
export function useInvoices(side: "patient" | "provider", account: Address | undefined) {
  const pages = useContractPages<"ServicePayments", "invoicesOfPatient" | "invoicesOfProvider", InvoiceRow>(
    "ServicePayments",
    side === "patient" ? "invoicesOfPatient" : "invoicesOfProvider",
    account && ((cursor) => [account, cursor as bigint, INVOICES_PER_PAGE]),
    { key: [account] },
  );
  const rows = pages.items ?? [];
  const issued = useEventsAt(
    "ServicePayments",
    "InvoiceIssued",
    rows.length ? { invoiceId: rows.map((row) => row.id) } : undefined,
    rows.map((row) => BigInt(row.invoice.issuedAtBlock)),
  );
  const data = useMemo(
    () =>
      pages.items &&
      toInvoices(pages.items, (issued.data ?? []) as unknown as IssuedEvent[], Math.floor(Date.now() / 1000)),
    [pages.items, issued.data],
  );
  return {
    data,
    isLoading: pages.isLoading,
    hasMore: pages.hasMore,
    loadMore: pages.loadMore,
    loadingMore: pages.loadingMore,
  };
}
