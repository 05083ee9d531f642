import { formatUnits, parseUnits } from "viem";
import { numberFormat } from "./format";

export type AmountError =
  | "validation.required"
  | "validation.amountFormat"
  | "validation.tooManyDecimals"
  | "validation.positiveAmount"
  | "validation.amountTooLarge";

// ServicePayments keeps amounts in 96 bits (with the currency in one slot): far above any bill.
const UINT96_MAX = (1n << 96n) - 1n;

/**
 * An amount typed by a person ("12", "0.05", "95.50") into the token's smallest unit, exactly: bigint all the
 * way, never a float. Refuses signs, exponents, separators and more decimals than the token has.
 */
export function parseAmount(
  input: string,
  decimals: number,
): { ok: true; value: bigint } | { ok: false; error: AmountError; decimals?: number } {
  const value = input.trim();
  if (!value) return { ok: false, error: "validation.required" };
  if (!/^\d+(\.\d+)?$/.test(value)) return { ok: false, error: "validation.amountFormat" };
  const fraction = value.split(".")[1] ?? "";
  if (fraction.length > decimals) return { ok: false, error: "validation.tooManyDecimals", decimals };
  const units = parseUnits(value, decimals);
  if (units === 0n) return { ok: false, error: "validation.positiveAmount" };
  if (units > UINT96_MAX) return { ok: false, error: "validation.amountTooLarge" };
  return { ok: true, value: units };
}

/**
 * A balance for reading: at most `digits` decimals, cut (never rounded up: a balance must not look larger than it
 * is). Amounts to pay or withdraw are shown exactly with formatAmount; this one goes with the exact value on hover.
 */
export function formatBalance(
  value: bigint,
  decimals: number,
  symbol: string,
  locale = "en",
  digits = 4,
): string {
  if (decimals <= digits) return formatAmount(value, decimals, symbol, locale);
  const step = 10n ** BigInt(decimals - digits);
  return formatAmount((value / step) * step, decimals, symbol, locale);
}

/** 180000000 with 6 decimals → "180", 95500000 → "95.5"; grouped for reading, with the symbol. */
export function formatAmount(value: bigint, decimals: number, symbol: string, locale = "en"): string {
  const [whole = "0", fraction] = formatUnits(value, decimals).split(".");
  const grouped = numberFormat(locale).format(BigInt(whole));
  return `${fraction ? `${grouped}.${fraction}` : grouped} ${symbol}`;
}
