import type { QueryClient } from "@tanstack/react-query";
import { useMemo } from "react";
import type { Address } from "viem";
import { type Config, useChainId, useConfig } from "wagmi";
import { partyQuery } from "../../directory/useParty";
import { type Cursor, contractPagesQuery, useContractPages } from "../../sync/reads/useContractPages";
import { eventsAtQuery, useEventsAt } from "../../sync/reads/useEventsAt";
import { type InvoiceRow, toInvoices } from "../invoices";

/** Invoices shown per page; older ones on request. */
export const INVOICES_PER_PAGE = 10n;

export type Side = "patient" | "provider";

// Each invoice's public details, from the block it was issued in.
const issuedAt = (rows: readonly InvoiceRow[]) =>
  [
    "ServicePayments",
    "InvoiceIssued",
    rows.length ? { invoiceId: rows.map((row) => row.id) } : undefined,
    rows.map((row) => BigInt(row.invoice.issuedAtBlock)),
  ] as const;

/** How one side's invoices are paged: the view, its arguments at a cursor, and what drawing the first page reads. */
function invoicePaging(config: Config, chainId: number, side: Side, account: Address | undefined) {
  return {
    functionName: side === "patient" ? ("invoicesOfPatient" as const) : ("invoicesOfProvider" as const),
    argsAt: account && ((cursor: Cursor) => [account, cursor as bigint, INVOICES_PER_PAGE] as const),
    options: {
      key: [account],
      // The names first: their Multicall3 batch then closes before the logs' request leaves, and joins it.
      firstPageNeeds: (rows: readonly InvoiceRow[]) =>
        rows.length === 0
          ? []
          : [
              ...[...new Set(rows.map((row) => counterpartOf(side, row)))].map((party) =>
                partyQuery(config, chainId, party),
              ),
              eventsAtQuery(config, chainId, ...issuedAt(rows)),
            ],
    },
  };
}

/** The query of the first page of one side's invoices, as `useInvoices` asks it, with the given `read`. */
export function invoicePagesQuery(
  queryClient: QueryClient,
  config: Config,
  chainId: number,
  side: Side,
  account: Address,
  read: (functionName: "invoicesOfPatient" | "invoicesOfProvider", args: unknown) => Promise<unknown>,
) {
  const { functionName, argsAt, options } = invoicePaging(config, chainId, side, account);
  return contractPagesQuery(queryClient, chainId, "ServicePayments", functionName, argsAt, read, options);
}

/**
 * The invoices a patient received or a provider issued, newest first, a page at a time: storage first (status,
 * amounts), then each invoice's public details from the very block it was issued in. The first page's details
 * and the names of the parties it shows are asked as soon as its rows are read, not once they are drawn.
 */
export function useInvoices(side: Side, account: Address | undefined) {
  const config = useConfig();
  const chainId = useChainId();
  const { functionName, argsAt, options } = invoicePaging(config, chainId, side, account);
  const pages = useContractPages("ServicePayments", functionName, argsAt, options);
  const rows = pages.items ?? [];
  const issued = useEventsAt(...issuedAt(rows));
  const data = useMemo(
    () => pages.items && toInvoices(pages.items, issued.data ?? [], Math.floor(Date.now() / 1000)),
    [pages.items, issued.data],
  );
  return {
    data,
    /** The first page and its details have been read (or there is none): what the list shows is there. */
    shown: pages.items !== undefined && (rows.length === 0 || issued.data !== undefined || issued.isError),
    isLoading: pages.isLoading,
    hasMore: pages.hasMore,
    loadMore: pages.loadMore,
    loadingMore: pages.loadingMore,
  };
}

/** The other party of an invoice, whom the list names: the provider on a patient's list, and the reverse. */
const counterpartOf = (side: Side, row: InvoiceRow) =>
  side === "patient" ? row.invoice.provider : row.invoice.patient;
