import type { QueryClient } from "@tanstack/react-query";
import { type Address, createClient } from "viem";
import { multicall } from "viem/actions";
import type { Config } from "wagmi";
import { supportedChains } from "../../chain/chains";
import { unbatchedTransports } from "../../chain/transports";
import { contractAddress } from "../deployments";
import { type ContractName, contractAbis } from "../registry";
import type { ViewName, ViewResult } from "./useContractRead";
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

/**
 * What a page reads first, started before React renders it: once the page's code has loaded, and when a wallet
 * is remembered, the app starts the frame's first reads and the page's (`firstReads` on its component) with one
 * `readsNow`. Each starts the queries its first render will ask (same keys, from the hooks' query builders), so
 * that they are on their way while the page renders.
 */
export type FirstReads = (context: {
  queryClient: QueryClient;
  config: Config;
  chainId: number;
  account: Address;
  now: ReadsNow;
}) => void;

type Pending = { read: ExternalRead; resolve: (value: unknown) => void; reject: (error: unknown) => void };
type Outcome = { status: "success"; result: unknown } | { status: "failure"; error: Error };

/**
 * Views read without waiting: the calls made in one task leave together, in one Multicall3 eth_call, as soon as
 * that task's code has run. The app's other reads wait for batch windows (16 ms for Multicall3, then 16 ms for
 * JSON-RPC) that run on timers. A page's first reads start this way, before its first render: that render is one
 * long task, and it and the paint after it would hold those timers back.
 */
export function readsNow(chainId: number): ReadsNow {
  const chain = supportedChains.find((candidate) => candidate.id === chainId);
  if (!chain) throw new Error(`chain ${chainId} is not supported`);
  const client = createClient({ chain, transport: unbatchedTransports[chain.id] });
  let pending: Pending[] = [];
  const send = () => {
    const calls = pending;
    pending = [];
    const contracts = calls.map((call) => call.read) as never;
    (multicall(client, { contracts, allowFailure: true }) as Promise<Outcome[]>).then(
      (results) =>
        results.forEach((result, i) => {
          const call = calls[i] as Pending;
          if (result.status === "success") call.resolve(result.result);
          else call.reject(result.error);
        }),
      (error: unknown) => {
        for (const call of calls) call.reject(error);
      },
    );
  };
  const call = (read: ExternalRead) =>
    new Promise<unknown>((resolve, reject) => {
      if (pending.length === 0) queueMicrotask(send);
      pending.push({ read, resolve, reject });
    });
  const view: ReadsNow["view"] = (name) => (functionName, args) => {
    const address = contractAddress(chainId, name);
    if (!address) return Promise.reject(new Error(`${name} is not deployed on chain ${chainId}`));
    return call({
      address,
      abi: contractAbis[name],
      functionName,
      args: args as readonly unknown[],
    }) as never;
  };
  return { view, call };
}
