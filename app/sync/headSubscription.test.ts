import { createTestClient, http } from "viem";
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
  it("is told each new head with its timestamp, and nothing once stopped", async () => {
    const heads: Sighting[] = [];
    const stop = subscribeHeads(
      foundry,
      `ws://127.0.0.1:${PORT}`,
      (head) => heads.push(head),
      (error) => {
        throw error;
      },
    );
    const chain = createTestClient({ mode: "anvil", chain: foundry, transport: http(anvil.rpcUrl) });
    // The subscription is open once the first mined block arrives.
    await expect
      .poll(async () => (await chain.mine({ blocks: 1 }), heads.length), { timeout: 5_000 })
      .toBeGreaterThan(0);
    const from = heads.at(-1)?.number as bigint;
    await chain.mine({ blocks: 1 });
    await chain.mine({ blocks: 1 });
    await expect.poll(() => heads.at(-1)?.number, { timeout: 5_000 }).toBe(from + 2n);
    expect(heads.every((head) => head.timestamp > 0n)).toBe(true);
    stop();
    const seen = heads.length;
    await chain.mine({ blocks: 2 });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(heads).toHaveLength(seen);
  });
});
