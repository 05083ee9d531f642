import { describe, expect, it } from "vitest";
import { parseQuantity, validateAddress, validateText } from "./validation";

const checksummed = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";

describe("validateAddress", () => {
  it("accepts a checksummed, a lower-case and an upper-case address and returns it checksummed", () => {
    for (const input of [checksummed, checksummed.toLowerCase(), `0x${checksummed.slice(2).toUpperCase()}`]) {
      expect(validateAddress(`  ${input} `)).toEqual({ ok: true, value: checksummed });
    }
  });

  it("asks for a value when empty", () => {
    expect(validateAddress("   ")).toEqual({ ok: false, error: "validation.required" });
  });

  it("refuses what is not 20 bytes of hex", () => {
    for (const input of [
      "0x1234",
      "70997970C51812dc3A010C7d01b50e0d17dc79C8",
      `${checksummed}00`,
      "0xZZ97970C51812dc3A010C7d01b50e0d17dc79C8",
    ]) {
      expect(validateAddress(input)).toEqual({ ok: false, error: "validation.address" });
    }
  });

  it("refuses a mixed-case address whose checksum is wrong", () => {
    const typo = checksummed.replace("C5", "c5");
    expect(validateAddress(typo)).toEqual({ ok: false, error: "validation.checksum" });
  });

  it("refuses the zero address", () => {
    expect(validateAddress(`0x${"0".repeat(40)}`)).toEqual({ ok: false, error: "validation.zeroAddress" });
  });
});

describe("parseQuantity", () => {
  it("accepts a positive whole number up to the maximum", () => {
    expect(parseQuantity(" 12 ", 40n)).toEqual({ ok: true, value: 12n });
    expect(parseQuantity("40", 40n)).toEqual({ ok: true, value: 40n });
  });

  it("refuses empty, zero, negative, fractional, exponent and hex input", () => {
    expect(parseQuantity("")).toEqual({ ok: false, error: "validation.required" });
    expect(parseQuantity("0")).toEqual({ ok: false, error: "validation.positive" });
    for (const input of ["-3", "1.5", "1e3", "0x10", "12 beds", "１２"]) {
      expect(parseQuantity(input)).toEqual({ ok: false, error: "validation.wholeNumber" });
    }
  });

  it("refuses more than the maximum and more than a uint128 holds", () => {
    expect(parseQuantity("41", 40n)).toEqual({ ok: false, error: "validation.tooLarge", max: 40n });
    const huge = (1n << 128n).toString();
    expect(parseQuantity(huge)).toMatchObject({ ok: false, error: "validation.tooLarge" });
  });
});

describe("validateText", () => {
  it("trims and accepts text within the byte limit", () => {
    expect(validateText("  ICU beds ", 64)).toEqual({ ok: true, value: "ICU beds" });
  });

  it("refuses blank text and counts bytes, not characters", () => {
    expect(validateText("   ", 64)).toEqual({ ok: false, error: "validation.required", max: 64 });
    expect(validateText("床".repeat(22), 64)).toEqual({ ok: false, error: "validation.tooLong", max: 64 });
    expect(validateText("床".repeat(21), 64)).toEqual({ ok: true, value: "床".repeat(21) });
  });
});
