import { describe, expect, it } from "vitest";
import { dateFormat, numberFormat, shortAddress, shortHash } from "./format";

describe("format", () => {
  it("shortens an address to its first 4 and last 4 hex digits", () => {
    expect(shortAddress("0x70997970C51812dc3A010C7d01b50e0d17dc79C8")).toBe("0x7099…79C8");
  });
  it("leaves short strings alone", () => {
    expect(shortAddress("0x1234")).toBe("0x1234");
  });
  it("shortens a transaction hash", () => {
    expect(shortHash(`0x${"ab".repeat(32)}`)).toBe("0xabababab…abab");
  });
  it("groups BigInts beyond 2^53 exactly, per language", () => {
    expect(numberFormat("en").format(12_345_678_901_234_567_890n)).toBe("12,345,678,901,234,567,890");
    expect(numberFormat("de").format(1_234_567n)).toBe("1.234.567");
  });
  it("makes each formatter once per language and style", () => {
    expect(numberFormat("en")).toBe(numberFormat("en"));
    expect(dateFormat("en", { dateStyle: "medium" })).toBe(dateFormat("en", { dateStyle: "medium" }));
    expect(dateFormat("en", { dateStyle: "medium" })).not.toBe(dateFormat("en", { dateStyle: "long" }));
    expect(dateFormat("en", { dateStyle: "medium", timeZone: "UTC" }).format(new Date(0))).toBe(
      "Jan 1, 1970",
    );
  });
});
