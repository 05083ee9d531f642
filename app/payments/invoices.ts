import { type Address, type Hash, hexToString } from "viem";
import type { InvoiceStatus, InvoiceView } from "./model";

type Issued = {
  eventName: string;
  args: Record<string, unknown>;
  transactionHash: Hash;
  blockNumber: bigint;
};

type Stored = {
  provider: Address;
  patient: Address;
  payer: Address;
  currency: Address;
  amount: bigint;
  refunded: bigint;
  dueDate: bigint;
  paidAt: bigint;
  status: number;
};

/** An invoice's status as a person reads it: overdue is open past its due date; partial refunds show. */
export function statusOf(
  stored: Pick<Stored, "status" | "dueDate" | "refunded">,
  now: number,
): InvoiceStatus {
  switch (stored.status) {
    case 1:
      return Number(stored.dueDate) < now ? "overdue" : "open";
    case 2:
      return stored.refunded > 0n ? "partlyRefunded" : "paid";
    case 3:
      return "cancelled";
    default:
      return "refunded";
  }
}

/** Joins what the events say (code, description, transactions) with what storage says now (status, payer). */
export function toInvoices(
  events: readonly Issued[],
  stored: readonly Stored[],
  ids: readonly bigint[],
  now: number,
) {
  const issued = new Map(
    events.filter((e) => e.eventName === "InvoiceIssued").map((e) => [e.args.invoiceId as bigint, e]),
  );
  const paid = new Map(
    events.filter((e) => e.eventName === "InvoicePaid").map((e) => [e.args.invoiceId as bigint, e]),
  );
  return ids.flatMap((id, index): InvoiceView[] => {
    const state = stored[index];
    const event = issued.get(id);
    if (!state || !event || state.status === 0) return [];
    const payment = paid.get(id);
    return [
      {
        id,
        provider: state.provider,
        patient: state.patient,
        payer: state.payer,
        currency: state.currency,
        amount: state.amount,
        refunded: state.refunded,
        dueDate: Number(state.dueDate),
        paidAt: Number(state.paidAt),
        status: statusOf(state, now),
        serviceCode: hexToString(event.args.serviceCode as `0x${string}`, { size: 32 }).replace(/\0+$/, ""),
        description: event.args.description as string,
        issuedIn: event.transactionHash,
        paidIn: payment && { hash: payment.transactionHash, blockNumber: payment.blockNumber },
      },
    ];
  });
}
