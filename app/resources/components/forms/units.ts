import { z } from "zod";
import { LIMITS } from "../../../contracts/limits";
import { message } from "../../../ui/form/messages";
import { quantity } from "../../../ui/form/rules";

const withinBound = quantity({
  value: BigInt(LIMITS.maxUnits),
  message: message("resources.forms.tooManyUnits", { max: LIMITS.maxUnits }),
});

/**
 * A number of units as the contracts bound it: a whole number from 1 to MAX_UNITS (a billion: more is a slip of
 * the keyboard, not a stock), each refusal in words. `orZero`: 0 too (a capacity retired once nothing is held).
 */
export const units = ({ orZero = false } = {}) =>
  z
    .string()
    .trim()
    .transform((input, context): bigint => {
      if (orZero && /^0+$/.test(input)) return 0n;
      const parsed = withinBound.safeParse(input);
      if (parsed.success) return parsed.data;
      for (const issue of parsed.error.issues) context.addIssue({ code: "custom", message: issue.message });
      return z.NEVER;
    });
