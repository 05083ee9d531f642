import { type Hex, hexToString } from "viem";
import { INVOICE_STATUS } from "../contracts/limits";
import type { EventLog, ViewResult } from "../contracts/types";
import type { InvoiceStatus, InvoiceView } from "./model";

/** An invoice as the contract's views return it. */
export type InvoiceRow = ViewResult<"ServicePayments", "getInvoice">;

/** What an invoice's InvoiceIssued event adds: the public details kept in the log only. */
export type IssuedEvent = Pick<EventLog<"ServicePayments", "InvoiceIssued">, "args" | "transactionHash">;

/**
 * An invoice's status as a person reads it: overdue is open past its due date; an open invoice of a former
 * provider cannot be paid; partial refunds show.
 */
export function statusOf(
  { status, refunded, providerActive }: { status: number; refunded: bigint; providerActive: boolean },
  dueDate: number | undefined,
  now: number,
): InvoiceStatus {
  switch (INVOICE_STATUS[status]) {
    case "open":
      if (!providerActive) return "providerGone";
      return dueDate !== undefined && dueDate < now ? "overdue" : "open";
    case "paid":
      return refunded > 0n ? "partlyRefunded" : "paid";
    case "cancelled":
      return "cancelled";
    default:
      return "refunded";
  }
}

/** Joins what storage says now (status, payer, refunds) with what each invoice's event says (code, text, due). */
export function toInvoices(
  rows: readonly InvoiceRow[],
  issued: readonly IssuedEvent[],
  now: number,
): InvoiceView[] {
  const details = new Map(issued.map((event) => [event.args.invoiceId, event]));
  return rows.map(({ id, invoice, settlement, providerActive }) => {
    const event = details.get(id);
    const dueDate = event ? Number(event.args.dueDate) : undefined;
    return {
      id,
      provider: invoice.provider,
      patient: invoice.patient,
      payer: settlement.payer,
      currency: invoice.currency,
      amount: invoice.amount,
      refunded: settlement.refunded,
      providerActive,
      status: statusOf(
        { status: invoice.status, refunded: settlement.refunded, providerActive },
        dueDate,
        now,
      ),
      issuedAtBlock: BigInt(invoice.issuedAtBlock),
      paidAtBlock: BigInt(invoice.paidAtBlock),
      details: event && {
        dueDate: Number(event.args.dueDate),
        serviceCode: serviceCodeText(event.args.serviceCode),
        description: event.args.description,
        issuedIn: event.transactionHash,
      },
    };
  });
}

export function serviceCodeText(code: Hex): string {
  return hexToString(code, { size: 32 }).replace(/\0+$/, "");
}
