import { beforeEach, describe, expect, it } from "vitest";
import { rpcProfileOf } from "../chain/chains";
import { forgetSightings, headPollMs, type Sighting, sightHead, steadyBlockTimeMs } from "./blockPace";

const LOCAL = 31337;
const seen = (pairs: [number, number][]): Sighting[] =>
  pairs.map(([number, timestamp]) => ({ number: BigInt(number), timestamp: BigInt(timestamp) }));

describe("steadyBlockTimeMs", () => {
  it("finds a chain's steady pace from its blocks' timestamps, whatever the poll saw", () => {
    // Every 2 s; the poll saw one block, then two, then one.
    expect(
      steadyBlockTimeMs(
        seen([
          [10, 100],
          [11, 102],
          [13, 106],
          [14, 108],
          [15, 110],
        ]),
      ),
    ).toBe(2_000);
    // Ethereum's 12 s.
    expect(
      steadyBlockTimeMs(
        seen([
          [1, 0],
          [2, 12],
          [3, 24],
          [4, 36],
          [5, 48],
        ]),
      ),
    ).toBe(12_000);
  });

  it("sees no pace in blocks made on demand", () => {
    // A test chain: blocks when transactions come, several in one second, then minutes apart.
    expect(
      steadyBlockTimeMs(
        seen([
          [1, 50],
          [2, 50],
          [3, 51],
          [4, 51],
          [5, 52],
        ]),
      ),
    ).toBeUndefined();
    expect(
      steadyBlockTimeMs(
        seen([
          [1, 0],
          [2, 3],
          [3, 40],
          [4, 41],
          [5, 200],
        ]),
      ),
    ).toBeUndefined();
  });

  it("waits for enough sightings", () => {
    expect(
      steadyBlockTimeMs(
        seen([
          [1, 0],
          [2, 2],
          [3, 4],
          [4, 6],
        ]),
      ),
    ).toBeUndefined();
  });
});

describe("headPollMs", () => {
  beforeEach(forgetSightings);

  it("polls at the profile's block time until it has seen the chain's own", () => {
    expect(headPollMs(LOCAL)).toBe(Math.round(rpcProfileOf(LOCAL).blockTimeMs * 1.05));
  });

  it("follows the measured pace, a little slower so that no block is asked about twice", () => {
    for (const [number, timestamp] of [
      [5, 10],
      [6, 12],
      [6, 12],
      [7, 14],
      [8, 16],
      [9, 18],
    ] as const)
      sightHead(LOCAL, { number: BigInt(number), timestamp: BigInt(timestamp) });
    expect(headPollMs(LOCAL)).toBe(2_100);
  });

  it("starts over when the chain goes back", () => {
    for (let block = 1; block <= 5; block++)
      sightHead(LOCAL, { number: BigInt(block), timestamp: BigInt(block * 2) });
    expect(headPollMs(LOCAL)).toBe(2_100);
    sightHead(LOCAL, { number: 2n, timestamp: 30n });
    expect(headPollMs(LOCAL)).toBe(Math.round(rpcProfileOf(LOCAL).blockTimeMs * 1.05));
  });
});
