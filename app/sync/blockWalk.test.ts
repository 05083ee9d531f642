import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readLinkedBlocks, type WalkedBlock, walkLinkedBlocks } from "./blockWalk";

/** A chain of share blocks as the contract links them, and a reader of its windows that counts the calls. */
function linkedChain(blocks: bigint[]) {
  const ascending = [...blocks].sort((a, b) => (a < b ? -1 : 1));
  const links = new Map<bigint, bigint>(
    ascending.map((block, i) => [block, i === 0 ? 0n : (ascending[i - 1] as bigint)]),
  );
  const windows: [bigint, bigint][] = [];
  const readLinks = async (from: bigint, to: bigint) => {
    windows.push([from, to]);
    return new Map([...links].filter(([block]) => block >= from && block <= to));
  };
  const latest = ascending.at(-1) ?? 0n;
  /** One walk, from the chain's latest block unless told, with a 2,000-block range and no links known. */
  const walk = (
    options: { latest?: bigint; floor?: bigint; maxRange?: bigint; limit?: number } = {},
    links = new Map(),
  ) => walkLinkedBlocks(readLinks, links, { latest, floor: 0n, maxRange: 2_000n, ...options });
  return { readLinks, walk, windows };
}

describe("walkLinkedBlocks", () => {
  it("reads shares made close together in one window", async () => {
    const chain = linkedChain([10_000n, 10_500n, 11_900n]);
    const blocks = await chain.walk();
    expect(blocks).toEqual([11_900n, 10_500n, 10_000n]);
    expect(chain.windows).toEqual([[9_901n, 11_900n]]);
  });

  it("jumps over the years between shares in one call each", async () => {
    const chain = linkedChain([5n, 7_000_000n, 15_000_000n]);
    const blocks = await chain.walk();
    expect(blocks).toEqual([15_000_000n, 7_000_000n, 5n]);
    expect(chain.windows).toHaveLength(3);
  });

  it("stops at the floor and never reads below it", async () => {
    const chain = linkedChain([100n, 5_000n, 9_000n]);
    const blocks = await chain.walk({ floor: 4_000n });
    expect(blocks).toEqual([9_000n, 5_000n]);
    expect(chain.windows.every(([from]) => from >= 4_000n)).toBe(true);
  });

  it("reads nothing for a pair without shares", async () => {
    const chain = linkedChain([]);
    expect(await chain.walk()).toEqual([]);
    expect(chain.windows).toEqual([]);
  });

  it("reads only the blocks since the last walk when a share is added", async () => {
    const chain = linkedChain([100n, 6_000n, 9_000n, 9_500n]);
    const links = new Map<bigint, bigint>();
    await chain.walk({ latest: 9_000n }, links);
    chain.windows.length = 0;
    const blocks = await chain.walk({ latest: 9_500n }, links);
    expect(blocks).toEqual([9_500n, 9_000n, 6_000n, 100n]);
    expect(chain.windows).toEqual([[9_001n, 9_500n]]);
  });

  it("stops after `limit` blocks, and a next walk from where it stopped reads no window twice", async () => {
    const chain = linkedChain([5n, 7_000_000n, 15_000_000n]);
    const links = new Map<bigint, bigint>();
    expect(await chain.walk({ limit: 2 }, links)).toEqual([15_000_000n, 7_000_000n]);
    expect(chain.windows).toHaveLength(2);
    expect(await chain.walk({ latest: links.get(7_000_000n), limit: 2 }, links)).toEqual([5n]);
    expect(chain.windows).toHaveLength(3);
  });

  it("refuses a chain with a missing link instead of looping", async () => {
    const readLinks = async () => new Map<bigint, bigint>();
    await expect(
      walkLinkedBlocks(readLinks, new Map(), { latest: 50n, floor: 0n, maxRange: 10n }),
    ).rejects.toThrow("No link in block 50");
  });

  it("finds every block at or above the floor, newest first, in windows within the range", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(fc.bigInt({ min: 1n, max: 100_000n }), { maxLength: 30 }),
        fc.bigInt({ min: 0n, max: 100_000n }),
        fc.bigInt({ min: 1n, max: 5_000n }),
        async (blocks, floor, maxRange) => {
          const chain = linkedChain(blocks);
          const walked = await chain.walk({ floor, maxRange });
          const expected = blocks.filter((block) => block >= floor).sort((a, b) => (a > b ? -1 : 1));
          expect(walked).toEqual(expected);
          for (const [from, to] of chain.windows) {
            expect(to - from + 1n).toBeLessThanOrEqual(maxRange);
            expect(from).toBeGreaterThanOrEqual(floor);
          }
          expect(chain.windows.length).toBeLessThanOrEqual(expected.length);
        },
      ),
    );
  });
});

describe("readLinkedBlocks", () => {
  const window = (links: [bigint, bigint][]) => async (from: bigint, to: bigint) => ({
    links: new Map(links.filter(([block]) => block >= from && block <= to)),
    items: new Map(
      links.filter(([block]) => block >= from && block <= to).map(([block]) => [block, [`at ${block}`]]),
    ),
  });

  it("returns each walked block's events and where the next page starts", async () => {
    const read = window([
      [9_000n, 5_000n],
      [5_000n, 100n],
      [100n, 0n],
    ]);
    const page = await readLinkedBlocks(new Map(), read, {
      latest: 9_000n,
      floor: 0n,
      maxRange: 2_000n,
      limit: 2,
      settled: 0n,
    });
    expect(page.entries.map((entry) => entry.items)).toEqual([["at 9000"], ["at 5000"]]);
    expect(page.next).toBe(100n);
    const last = await readLinkedBlocks(new Map(), read, {
      latest: page.next,
      floor: 0n,
      maxRange: 2_000n,
      settled: 0n,
    });
    expect(last).toEqual({ entries: [{ previous: 0n, items: ["at 100"] }], next: 0n });
  });

  it("keeps only settled blocks, so a block a reorganisation may undo is read again", async () => {
    const cache = new Map<bigint, WalkedBlock<string>>();
    let reads = 0;
    const read = async (from: bigint, to: bigint) => {
      reads += 1;
      return window([
        [9_000n, 5_000n],
        [5_000n, 0n],
      ])(from, to);
    };
    const bounds = { latest: 9_000n, floor: 0n, maxRange: 2_000n, settled: 8_000n };
    await readLinkedBlocks(cache, read, bounds);
    expect([...cache.keys()]).toEqual([5_000n]);
    reads = 0;
    await readLinkedBlocks(cache, read, bounds);
    expect(reads).toBe(1);
  });
});
