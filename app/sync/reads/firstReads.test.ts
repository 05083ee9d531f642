import { decodeFunctionData, encodeFunctionResult, type Hex, multicall3Abi } from "viem";
import { expect, test, vi } from "vitest";
import { contractAbis } from "../../contracts/registry";

const PAYMENTS = "0x00000000000000000000000000000000000000aa";
vi.mock("../../contracts/deployments", () => ({ contractAddress: () => PAYMENTS }));

type RpcCall = { method: string; params: [{ to: string; data: Hex }, string] };

test("views asked in one task leave at once, in one eth_call; a failed view rejects only its own read", async () => {
  const sent: RpcCall[] = [];
  // The node: paused() answers true, allowedTokens() reverts.
  vi.stubGlobal("fetch", async (_url: string, init: RequestInit) => {
    const call = JSON.parse(String(init.body)) as RpcCall & { id: number };
    sent.push(call);
    const { args } = decodeFunctionData({ abi: multicall3Abi, data: call.params[0].data });
    const results = (args[0] as readonly { callData: Hex }[]).map(({ callData }) => {
      const { functionName } = decodeFunctionData({ abi: contractAbis.ServicePayments, data: callData });
      return functionName === "paused"
        ? {
            success: true,
            returnData: encodeFunctionResult({
              abi: contractAbis.ServicePayments,
              functionName: "paused",
              result: true,
            }),
          }
        : { success: false, returnData: "0x" as Hex };
    });
    const result = encodeFunctionResult({ abi: multicall3Abi, functionName: "aggregate3", result: results });
    return new Response(JSON.stringify({ jsonrpc: "2.0", id: call.id, result }));
  });
  const { readsNow } = await import("./firstReads");
  const read = readsNow(31337).view("ServicePayments");

  const reads = Promise.allSettled([read("paused", []), read("allowedTokens", [])]);
  await new Promise((resolve) => setTimeout(resolve, 0));

  // Sent in the first timer after the reads (no 16 ms batch window), both views in one call.
  expect(sent).toHaveLength(1);
  expect(sent[0]?.method).toBe("eth_call");
  const [paused, tokens] = await reads;
  expect(paused).toEqual({ status: "fulfilled", value: true });
  expect(tokens.status).toBe("rejected");
  vi.unstubAllGlobals();
});
