import type { QueryClient } from "@tanstack/react-query";
import { type Address, createClient } from "viem";
import { multicall } from "viem/actions";
import type { Config } from "wagmi";
import { supportedChains } from "../../chain/chains";
import { unbatchedTransports } from "../../chain/transports";
import { contractAddress } from "../deployments";
import { type ContractName, contractAbis } from "../registry";
import type { ViewName, ViewResult } from "./useContractRead";

type Pending = {
  contract: { address: Address; abi: unknown; functionName: string; args: unknown };
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
};

/**
 * What a page reads first, started before React renders it: the app calls a page component's `firstReads` once
 * its code has loaded, when a wallet is remembered. It starts the page's first queries (those its first render
 * will ask, same keys) with `viewsReadNow`, so that they are on their way while the page renders.
 */
export type FirstReads = (context: {
  queryClient: QueryClient;
  config: Config;
  chainId: number;
  account: Address;
}) => void;

type Outcome = { status: "success"; result: unknown } | { status: "failure"; error: Error };

/**
 * Views of CareChain contracts read without waiting: the calls made in one task leave together, in one Multicall3
 * eth_call, as soon as that task's code has run. The app's other reads wait for batch windows (16 ms for
 * Multicall3, then 16 ms for JSON-RPC) that run on timers. A page's first reads start this way, before its first
 * render: that render is one long task, and it and the paint after it would hold those timers back.
 */
export function viewsReadNow(chainId: number) {
  const chain = supportedChains.find((candidate) => candidate.id === chainId);
  if (!chain) throw new Error(`chain ${chainId} is not supported`);
  const client = createClient({ chain, transport: unbatchedTransports[chain.id] });
  let pending: Pending[] = [];
  const send = () => {
    const calls = pending;
    pending = [];
    const contracts = calls.map((call) => call.contract) as never;
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
  return <const name extends ContractName>(name: name) =>
    <fn extends ViewName<name>>(functionName: fn, args: unknown) =>
      new Promise<ViewResult<name, fn>>((resolve, reject) => {
        const address = contractAddress(chainId, name);
        if (!address) throw new Error(`${name} is not deployed on chain ${chainId}`);
        if (pending.length === 0) queueMicrotask(send);
        pending.push({
          contract: { address, abi: contractAbis[name], functionName, args },
          resolve: resolve as (value: unknown) => void,
          reject,
        });
      });
}
