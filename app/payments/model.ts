import type { Address, Hash } from "viem";

export const ETH: Address = "0x0000000000000000000000000000000000000000";

/** A currency invoices can be in: ETH (the zero address) or an ERC-20, with what is needed to show amounts. */
export type Currency = { address: Address; symbol: string; decimals: number; name: string };

export type InvoiceStatus = "open" | "overdue" | "paid" | "partlyRefunded" | "refunded" | "cancelled";

export type InvoiceView = {
  id: bigint;
  provider: Address;
  patient: Address;
  payer: Address;
  currency: Address;
  amount: bigint;
  refunded: bigint;
  dueDate: number;
  paidAt: number;
  status: InvoiceStatus;
  serviceCode: string;
  description: string;
  issuedIn: Hash;
  paidIn?: { hash: Hash; blockNumber: bigint };
};
