import { describe, expect, it } from "vitest";
import { calldataCost, gasFloor, logCost } from "./floor";

describe("gas floor", () => {
  it("prices calldata at 4 per zero byte and 16 per non-zero byte", () => {
    expect(calldataCost("0x")).toBe(0);
    expect(calldataCost("0x00ff0001")).toBe(4 + 16 + 4 + 16);
  });

  it("prices a log at 375, plus 375 per topic and 8 per data byte", () => {
    expect(logCost([{ topics: ["0x01", "0x02", "0x03"], data: `0x${"00".repeat(32)}` }])).toBe(
      375 + 3 * 375 + 256,
    );
  });

  it("adds the transaction base and 22,100 per fresh slot", () => {
    expect(gasFloor({ calldata: "0x01", freshSlots: 2, logs: [] })).toBe(21_000 + 16 + 44_200);
  });
});
