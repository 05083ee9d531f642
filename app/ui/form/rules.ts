import { type Address, isAddress } from "viem";
import { z } from "zod";
import { parseAmount } from "../amount";
import { parseQuantity, validateAddress } from "../validation";
import { message } from "./messages";

const utf8Bytes = (text: string) => new TextEncoder().encode(text).length;

/**
 * The field rules every form shares, as zod schemas over what the user typed. Each refusal is an i18n key (with its
 * values) that the form kit puts into words beside the field. Limits come from the contracts (contracts/limits.ts).
 */

/** Non-empty text of at most `maxBytes` UTF-8 bytes, trimmed. */
export const requiredText = (maxBytes: number) =>
  z
    .string()
    .trim()
    .min(1, { message: "validation.required" })
    .refine((text) => utf8Bytes(text) <= maxBytes, {
      message: message("validation.tooLong", { max: maxBytes }),
    });

/** Text that may be left empty (then undefined), at most `maxBytes` UTF-8 bytes. */
export const optionalText = (maxBytes: number) =>
  z
    .string()
    .trim()
    .refine((text) => utf8Bytes(text) <= maxBytes, {
      message: message("validation.tooLong", { max: maxBytes }),
    })
    .transform((text) => text || undefined);

/** An option chosen in a select (its value), not the placeholder. */
export const chosen = () => z.string().min(1, { message: "validation.required" });

/**
 * An address typed by a person: lower case, upper case or a valid EIP-55 checksum; a mixed-case address with a wrong
 * checksum is refused, since it most likely carries a typo.
 */
export const address = () =>
  z.string().transform((input, context): Address => {
    const checked = validateAddress(input);
    if (checked.ok) return checked.value;
    context.addIssue({ code: "custom", message: checked.error });
    return z.NEVER;
  });

/** A count of units in plain digits, at least 1 and at most `max` (with the sentence to say when over it). */
export const quantity = (max?: { value: bigint; message: string }) =>
  z.string().transform((input, context): bigint => {
    const parsed = parseQuantity(input);
    if (!parsed.ok) {
      const overMax = max && parsed.error === "validation.tooLarge";
      context.addIssue({
        code: "custom",
        message: overMax ? max.message : message(parsed.error, { max: parsed.max?.toString() ?? "" }),
      });
      return z.NEVER;
    }
    if (max && parsed.value > max.value) {
      context.addIssue({ code: "custom", message: max.message });
      return z.NEVER;
    }
    return parsed.value;
  });

/** An amount of money in the currency's decimals, exactly, as a bigint of its smallest unit. */
export const amount = (decimals: number, max?: { value: bigint; message: string }) =>
  z.string().transform((input, context): bigint => {
    const parsed = parseAmount(input, decimals);
    if (!parsed.ok) {
      context.addIssue({
        code: "custom",
        message: message(parsed.error, { decimals: parsed.decimals ?? decimals, max: "" }),
      });
      return z.NEVER;
    }
    if (max && parsed.value > max.value) {
      context.addIssue({ code: "custom", message: max.message });
      return z.NEVER;
    }
    return parsed.value;
  });

export const isAddressLike = (value: string) => isAddress(value.trim(), { strict: false });
