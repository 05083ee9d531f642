import { describe, expect, it } from "vitest";
import { blockRanges } from "./fetchLogs";

describe("blockRanges", () => {
  it("asks for one open-ended range while the history is shorter than one range", () => {
    expect(blockRanges(5n, 5n)).toEqual([[5n, "latest"]]);
    expect(blockRanges(5n, 10_004n)).toEqual([[5n, "latest"]]);
  });

  it("cuts a long history into ranges of 10,000 blocks, the last one up to the newest block", () => {
    expect(blockRanges(5n, 10_005n)).toEqual([
      [5n, 10_004n],
      [10_005n, "latest"],
    ]);
    expect(blockRanges(0n, 25_000n)).toEqual([
      [0n, 9_999n],
      [10_000n, 19_999n],
      [20_000n, "latest"],
    ]);
  });
});
