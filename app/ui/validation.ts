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
