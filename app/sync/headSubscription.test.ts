import { createTestClient, http, publicActions } from "viem";
import { foundry } from "viem/chains";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Anvil, startAnvil } from "../../contracts/script/lib/anvil";
import type { Sighting } from "./blockPace";
import { subscribeHeads } from "./headSubscription";

// A real anvil: heads come by eth_subscribe over its WebSocket, as from an endpoint that offers one.
const PORT = 8561;
let anvil: Anvil;
beforeAll(async () => {
  anvil = await startAnvil({ port: PORT });
});
afterAll(() => anvil.stop());

describe("subscribeHeads", () => {
  it("is told each new head with its timestamp, and nothing once stopped", { timeout: 60_000 }, async () => {
    const heads: Sighting[] = [];
    const lost: Error[] = [];
    const stop = subscribeHeads(
      foundry,
      `ws://127.0.0.1:${PORT}`,
      (head) => heads.push(head),
      (error) => lost.push(error),
    );
    try {
      const chain = createTestClient({ mode: "anvil", chain: foundry, transport: http(anvil.rpcUrl) }).extend(
        publicActions,
      );
      // The subscription is open once a mined block arrives (a loaded machine may take a while to open it).
      const mine = async () => {
        await chain.mine({ blocks: 1 });
        return heads.length;
      };
      await expect.poll(mine, { timeout: 30_000, interval: 500 }).toBeGreaterThan(0);
      await chain.mine({ blocks: 1 });
      await chain.mine({ blocks: 1 });
      const newest = await chain.getBlockNumber();
      await expect.poll(() => heads.at(-1)?.number, { timeout: 15_000 }).toBe(newest);
      // Every block since the subscription opened was told, one by one.
      const numbers = heads.map((head) => head.number);
      expect(numbers).toEqual(numbers.map((_, i) => (numbers[0] as bigint) + BigInt(i)));
      expect(heads.every((head) => head.timestamp > 0n)).toBe(true);
      stop();
      const seen = heads.length;
      await chain.mine({ blocks: 2 });
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      expect(heads).toHaveLength(seen);
      expect(lost).toEqual([]);
    } finally {
      stop();
    }
  });
});
