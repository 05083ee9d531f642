import { type Address, getAddress, isAddress, zeroAddress } from "viem";

export type Validated<T> = { ok: true; value: T } | { ok: false; error: ValidationError };
export type ValidationError =
  | "validation.required"
  | "validation.address"
  | "validation.checksum"
  | "validation.zeroAddress";

/**
 * Accepts an address in all lower case, all upper case or with a valid EIP-55 checksum; a mixed-case address whose
 * checksum is wrong is refused, since it most likely carries a typo.
 */
export function validateAddress(input: string): Validated<Address> {
  const value = input.trim();
  if (!value) return { ok: false, error: "validation.required" };
  if (!isAddress(value, { strict: false })) return { ok: false, error: "validation.address" };
  const hex = value.slice(2);
  const carriesChecksum = hex !== hex.toLowerCase() && hex !== hex.toUpperCase();
  if (carriesChecksum && getAddress(value) !== value) return { ok: false, error: "validation.checksum" };
  if (value.toLowerCase() === zeroAddress) return { ok: false, error: "validation.zeroAddress" };
  return { ok: true, value: getAddress(value) };
}

export type QuantityError =
  | "validation.required"
  | "validation.wholeNumber"
  | "validation.positive"
  | "validation.tooLarge";

const UINT128_MAX = (1n << 128n) - 1n;

/**
 * A count of units: a positive whole number written in plain digits, at most `max` (what is available or held).
 * Negative, fractional, exponent and hexadecimal forms are refused rather than guessed at.
 */
export function parseQuantity(
  input: string,
  max: bigint = UINT128_MAX,
): { ok: true; value: bigint } | { ok: false; error: QuantityError; max?: bigint } {
  const value = input.trim();
  if (!value) return { ok: false, error: "validation.required" };
  if (!/^\d+$/.test(value)) return { ok: false, error: "validation.wholeNumber" };
  const quantity = BigInt(value);
  if (quantity === 0n) return { ok: false, error: "validation.positive" };
  if (quantity > max || quantity > UINT128_MAX) return { ok: false, error: "validation.tooLarge", max };
  return { ok: true, value: quantity };
}

/** Free text the contract stores or logs: trimmed, non-empty, at most `maxBytes` bytes of UTF-8. */
export function validateText(
  input: string,
  maxBytes: number,
):
  | { ok: true; value: string }
  | { ok: false; error: "validation.required" | "validation.tooLong"; max: number } {
  const value = input.trim();
  if (!value) return { ok: false, error: "validation.required", max: maxBytes };
  if (new TextEncoder().encode(value).length > maxBytes)
    return { ok: false, error: "validation.tooLong", max: maxBytes };
  return { ok: true, value };
}
