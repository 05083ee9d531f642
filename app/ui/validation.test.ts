import { describe, expect, it } from "vitest";
import { validateAddress } from "./validation";

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
