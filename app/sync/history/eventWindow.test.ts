import type { Log } from "viem";
import { describe, expect, it } from "vitest";
import { below, parseWindow, serializeWindow, withHead, withLogs, withOlder } from "./eventWindow";

const log = (block: number, index = 0, data = "0x"): Log =>
  ({
    blockNumber: BigInt(block),
    logIndex: index,
    data,
    topics: [],
    transactionHash: `0x${block}`,
  }) as unknown as Log;
const blocks = (logs: Log[]) => logs.map((entry) => Number(entry.blockNumber));

describe("event windows", () => {
  const start = { from: 100n, to: 200n, logs: [log(120), log(150, 1), log(150, 0), log(199)].sort(() => 0) };

  it("grows at the head, replacing the blocks it re-reads (a reorganisation drops the old block 199)", () => {
    const next = withHead(start, [log(201), log(198)], 198n, 205n);
    expect(next.to).toBe(205n);
    expect(blocks(next.logs)).toEqual([120, 150, 150, 198, 201]);
  });

  it("replaces only the blocks it read, keeping newer ones", () => {
    expect(blocks(withHead(start, [log(150, 3)], 150n, 150n).logs)).toEqual([120, 150, 199]);
  });

  it("adds a receipt's logs once, without claiming their block", () => {
    const next = withLogs(start, [log(203), log(199)]);
    expect(blocks(next.logs)).toEqual([120, 150, 150, 199, 203]);
    expect(next.to).toBe(200n);
    expect(withLogs(next, [log(203)]).logs).toHaveLength(5);
  });

  it("refuses a gap at the head", () => {
    expect(() => withHead(start, [], 250n, 260n)).toThrow(/gap/);
  });

  it("grows at the tail with older activity", () => {
    const next = withOlder(start, [log(20), log(99)], 0n);
    expect(next.from).toBe(0n);
    expect(blocks(next.logs)).toEqual([20, 99, 120, 150, 150, 199]);
  });

  it("drops what lies above a head that went back", () => {
    expect(blocks(below(start, 150n)?.logs ?? [])).toEqual([120, 150, 150]);
    expect(below(start, 50n)).toBeUndefined();
  });

  it("survives serialisation with its bigints", () => {
    const copy = parseWindow(serializeWindow(start));
    expect(copy.from).toBe(100n);
    expect(copy.logs[0]?.blockNumber).toBe(120n);
  });
});
