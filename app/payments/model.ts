import type { Address, Hash } from "viem";

export { ETH } from "../contracts/limits";

/** A currency invoices can be in: ETH (the zero address) or an ERC-20, with what is needed to show amounts. */
export type Currency = {
  address: Address;
  symbol: string;
  decimals: number;
  name: string;
  /** Whether new invoices may be issued in it (an administrator may stop accepting a token). */
  accepted: boolean;
  /** How a token invoice is paid: one permit signature, or approve then pay. ETH needs neither. */
  payment: import("./permit").TokenPayment;
};

export type InvoiceStatus =
  | "open"
  | "overdue"
  | "providerGone"
  | "paid"
  | "partlyRefunded"
  | "refunded"
  | "cancelled";

export type InvoiceView = {
  id: bigint;
  provider: Address;
  patient: Address;
  payer: Address;
  currency: Address;
  amount: bigint;
  refunded: bigint;
  status: InvoiceStatus;
  /** Whether its provider still holds a provider role: a former provider's invoice cannot be paid. */
  providerActive: boolean;
  issuedAtBlock: bigint;
  paidAtBlock: bigint;
  /** From the invoice's event, undefined until it has arrived. */
  details?: { dueDate: number; serviceCode: string; description: string; issuedIn: Hash };
};
