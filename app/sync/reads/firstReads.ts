import type { QueryClient } from "@tanstack/react-query";
import { type Address, createClient } from "viem";
import { readContract } from "viem/actions";
import type { Config } from "wagmi";
import { supportedChains } from "../../chain/chains";
import { unbatchedTransports } from "../../chain/transports";
import type { ContractName } from "../../contracts/registry";
import { chainHeadQuery } from "../chainHead";
import { type ViewName, type ViewResult, viewCall } from "./useContractRead";
import type { ExternalRead } from "./useTokenReads";

/** Reads that leave at once (see readsNow). */
export type ReadsNow = {
  /** A reader of one CareChain contract's views, like the hooks' `read`. */
  view: <const name extends ContractName>(
    name: name,
  ) => <fn extends ViewName<name>>(functionName: fn, args: unknown) => Promise<ViewResult<name, fn>>;
  /** Any contract's view (Multicall3's own, say). */
  call: (read: ExternalRead) => Promise<unknown>;
};

type Context = { queryClient: QueryClient; config: Config; chainId: number; account: Address };

/**
 * What a page reads first, started before React renders it: once the page's code has loaded, and when a wallet
 * is remembered, the app calls `firstReads` on the page's component. Made with `firstReads(…)` below.
 */
export type FirstReads = (context: Context) => void;

/**
 * A page's `firstReads`: `start` starts the queries the page's first render will ask (same keys, from the hooks'
 * query builders) with `now`, and the frame's (the head) go with them, in one call that leaves at once.
 */
export function firstReads(start: (context: Context & { now: ReadsNow }) => void): FirstReads {
  return (context) => {
    const now = readsNow(context.chainId);
    void context.queryClient.prefetchQuery(chainHeadQuery(context.config, context.chainId, now.call));
    start({ ...context, now });
  };
}

/**
 * Views read without the app's batch windows: the calls made in one task leave together, in one Multicall3
 * eth_call, in a timer of 0 ms queued during that task (viem's own batching, on a client of its own that sends at
 * once). The app's other reads wait 16 ms for Multicall3, then 16 ms for JSON-RPC. A page's first reads start this
 * way just before its first render is queued: the render is one long task, and it and the paint after it would
 * hold those windows' timers back; this one runs before it.
 */
export function readsNow(chainId: number): ReadsNow {
  const chain = supportedChains.find((candidate) => candidate.id === chainId);
  if (!chain) throw new Error(`chain ${chainId} is not supported`);
  const client = createClient({
    chain,
    transport: unbatchedTransports[chain.id],
    batch: { multicall: { wait: 0, batchSize: 8_192 } },
  });
  const call = (read: ExternalRead) => readContract(client, read as never) as Promise<unknown>;
  const view: ReadsNow["view"] = (name) => (functionName, args) => {
    const { address, ...rest } = viewCall(chainId, name, functionName, args);
    if (!address) return Promise.reject(new Error(`${name} is not deployed on chain ${chainId}`));
    return call({ address, ...rest }) as never;
  };
  return { view, call };
}
