import { describe, expect, it } from "vitest";
import { shortAddress, shortHash } from "./format";

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
});
