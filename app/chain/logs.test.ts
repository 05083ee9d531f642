import { type Client, HttpRequestError, LimitExceededRpcError, RpcRequestError } from "viem";
import { describe, expect, it } from "vitest";
import { blockWindows, clusterBlocks, getLogs, getLogsAtBlocks, refusalOf } from "./logs";

const ADDRESS = "0x5FbDB2315678afecb367f032d93F642f64180aa3";

/** A node whose eth_getLogs answers one log per block, and refuses what `refuse` says. */
function fakeNode(refuse: (from: bigint, to: bigint) => Error | undefined = () => undefined) {
  const calls: [bigint, bigint][] = [];
  const client = {
    request: async ({ params }: { params: [{ fromBlock: string; toBlock: string }] }) => {
      const from = BigInt(params[0].fromBlock);
      const to = BigInt(params[0].toBlock);
      calls.push([from, to]);
      const refusal = refuse(from, to);
      if (refusal) throw refusal;
      const logs = [];
      for (let block = from; block <= to; block++) {
        logs.push({
          address: ADDRESS,
          blockNumber: `0x${block.toString(16)}`,
          blockHash: `0x${"1".repeat(64)}`,
          data: "0x",
          logIndex: "0x0",
          topics: [],
          transactionHash: `0x${"2".repeat(64)}`,
          transactionIndex: "0x0",
          removed: false,
        });
      }
      return logs;
    },
  } as unknown as Client;
  return { client, calls };
}

describe("block windows and clusters", () => {
  it("cuts a range into windows of the endpoint's size", () => {
    expect(blockWindows(0n, 4_999n, 2_000n)).toEqual([
      [0n, 1_999n],
      [2_000n, 3_999n],
      [4_000n, 4_999n],
    ]);
    expect(blockWindows(7n, 7n, 2_000n)).toEqual([[7n, 7n]]);
  });

  it("groups blocks so that each group fits one query", () => {
    expect(clusterBlocks([5_000n, 10n, 1_500n, 10n, 2_100n], 2_000n)).toEqual([
      [10n, 1_500n],
      [2_100n, 2_100n],
      [5_000n, 5_000n],
    ]);
  });
});

describe("getLogs", () => {
  it("never asks for more than the endpoint's range, whatever the age of the chain", async () => {
    const { client, calls } = fakeNode();
    const logs = await getLogs(client, { address: ADDRESS }, [1n, 10_000n], 2_000n);
    expect(logs).toHaveLength(10_000);
    expect(calls.every(([from, to]) => to - from < 2_000n)).toBe(true);
    expect(calls).toHaveLength(5);
  });

  it("splits a window the endpoint refuses as too large", async () => {
    const tooMany = new LimitExceededRpcError(
      new RpcRequestError({
        body: {},
        url: "x",
        error: { code: -32005, message: "query returned more than 10000 results" },
      }),
    );
    const { client, calls } = fakeNode((from, to) => (to - from >= 100n ? tooMany : undefined));
    const logs = await getLogs(client, { address: ADDRESS }, [0n, 399n], 2_000n);
    expect(logs).toHaveLength(400);
    expect(calls.filter(([from, to]) => to - from < 100n)).toHaveLength(4);
  });

  it("waits and tries again when the endpoint says 429", async () => {
    let refusals = 1;
    const busy = new HttpRequestError({ url: "x", status: 429, headers: new Headers() });
    const { client, calls } = fakeNode(() => (refusals-- > 0 ? busy : undefined));
    const logs = await getLogs(client, { address: ADDRESS }, [0n, 9n], 2_000n);
    expect(logs).toHaveLength(10);
    expect(calls).toHaveLength(2);
  });

  it("fetches exactly the blocks asked for", async () => {
    const { client, calls } = fakeNode();
    const logs = await getLogsAtBlocks(client, { address: ADDRESS }, [100n, 150n, 9_000n], 2_000n);
    expect(logs.map((log) => log.blockNumber)).toEqual([100n, 150n, 9_000n]);
    expect(calls).toEqual([
      [100n, 150n],
      [9_000n, 9_000n],
    ]);
  });
});

describe("refusalOf", () => {
  it("tells a range refusal from a busy endpoint", () => {
    const rpc = (code: number, message: string) =>
      new RpcRequestError({ body: {}, url: "x", error: { code, message } });
    expect(refusalOf(rpc(-32602, "eth_getLogs is limited to a 2000 block range"))).toBe("tooLarge");
    expect(refusalOf(rpc(-32005, "query returned more than 10000 results"))).toBe("tooLarge");
    expect(refusalOf(rpc(-32005, "project ID request rate exceeded"))).toBe("busy");
    expect(refusalOf(new HttpRequestError({ url: "x", status: 429 }))).toBe("busy");
    expect(refusalOf(new HttpRequestError({ url: "x", status: 413 }))).toBe("tooLarge");
    expect(refusalOf(rpc(-32000, "execution reverted"))).toBeUndefined();
  });
});
