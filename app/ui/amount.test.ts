import { describe, expect, it } from "vitest";
import { formatAmount, formatBalance, parseAmount } from "./amount";

describe("parseAmount", () => {
  it("turns decimal text into the token's smallest unit exactly", () => {
    expect(parseAmount("95.50", 6)).toEqual({ ok: true, value: 95_500_000n });
    expect(parseAmount("0.05", 18)).toEqual({ ok: true, value: 50_000_000_000_000_000n });
    expect(parseAmount(" 180 ", 6)).toEqual({ ok: true, value: 180_000_000n });
  });

  it("refuses negative, exponent, grouped and malformed amounts", () => {
    for (const input of ["-1", "1e6", "1,000", ".5", "5.", "0x10", "abc"]) {
      expect(parseAmount(input, 6)).toEqual({ ok: false, error: "validation.amountFormat" });
    }
    expect(parseAmount("", 6)).toEqual({ ok: false, error: "validation.required" });
  });

  it("refuses zero, more decimals than the token has, and more than a uint128", () => {
    expect(parseAmount("0.000", 6)).toEqual({ ok: false, error: "validation.positiveAmount" });
    expect(parseAmount("1.0000001", 6)).toEqual({
      ok: false,
      error: "validation.tooManyDecimals",
      decimals: 6,
    });
    expect(parseAmount("1".repeat(40), 6)).toEqual({ ok: false, error: "validation.amountTooLarge" });
  });
});

describe("formatAmount", () => {
  it("shows whole and fractional units with the symbol, grouped", () => {
    expect(formatAmount(180_000_000n, 6, "tUSD")).toBe("180 tUSD");
    expect(formatAmount(95_500_000n, 6, "tUSD")).toBe("95.5 tUSD");
    expect(formatAmount(1_234_567_000_000n, 6, "tUSD")).toBe("1,234,567 tUSD");
    expect(formatAmount(50_000_000_000_000_000n, 18, "ETH")).toBe("0.05 ETH");
  });
});

describe("formatBalance", () => {
  it("shows at most four decimals, cut rather than rounded up, and small-decimal tokens exactly", () => {
    expect(formatBalance(9_999_948_765_432_109_876_543n, 18, "ETH")).toBe("9,999.9487 ETH");
    expect(formatBalance(999_999_999_999_999_999n, 18, "ETH")).toBe("0.9999 ETH");
    expect(formatBalance(5_000_000_000n, 6, "tUSD")).toBe("5,000 tUSD");
    expect(formatBalance(1_234_567n, 6, "tUSD")).toBe("1.2345 tUSD");
    expect(formatBalance(12n, 2, "tEUR")).toBe("0.12 tEUR");
  });
});
