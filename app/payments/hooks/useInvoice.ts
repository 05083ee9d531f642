import { useMemo } from "react";
import { useBlock } from "wagmi";
import { useContractRead } from "../../sync/reads/useContractRead";
import { useEventsAt } from "../../sync/reads/useEventsAt";
import { toInvoices } from "../invoices";

/** One invoice, with its details and, once paid, the payment's transaction and time: for the receipt. */
export function useInvoice(id: bigint | undefined) {
  const stored = useContractRead("ServicePayments", "getInvoice", id === undefined ? undefined : [id]);
  const row = stored.data;
  const issued = useEventsAt(
    "ServicePayments",
    "InvoiceIssued",
    row ? { invoiceId: row.id } : undefined,
    row ? [BigInt(row.invoice.issuedAtBlock)] : [],
  );
  const paidAtBlock = row ? BigInt(row.invoice.paidAtBlock) : 0n;
  const paid = useEventsAt(
    "ServicePayments",
    "InvoicePaid",
    row && paidAtBlock > 0n ? { invoiceId: row.id } : undefined,
    paidAtBlock > 0n ? [paidAtBlock] : [],
  );
  const payment = paid.data?.[0];
  // Nodes that put the block's time in each log save this call.
  const block = useBlock({
    blockNumber: paidAtBlock,
    query: {
      enabled: payment !== undefined && payment.blockTimestamp == null,
      staleTime: Number.POSITIVE_INFINITY,
    },
  });
  const invoice = useMemo(
    () => row && toInvoices([row], issued.data ?? [], Math.floor(Date.now() / 1000))[0],
    [row, issued.data],
  );
  const paidAt = payment?.blockTimestamp ?? block.data?.timestamp;
  return {
    invoice,
    payment: payment && {
      hash: payment.transactionHash,
      blockNumber: paidAtBlock,
      time: paidAt === undefined ? undefined : Number(paidAt),
    },
    isLoading: stored.isLoading,
    notFound: stored.isError,
  };
}
