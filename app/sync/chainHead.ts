import { type QueryClient, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useSyncExternalStore } from "react";
import type { Address } from "viem";
import { type Config, useChainId, useClient, useConfig } from "wagmi";
import { getBlockNumber, readContract } from "wagmi/actions";
import { rpcProfileOf, supportedChains } from "../chain/chains";
import { multicall3BlockNumberAbi } from "../chain/standardAbis";
import { useReadsReady } from "../chain/useReadsReady";
import { headPollMs, sightHead } from "./blockPace";
import { nextSyncFrom } from "./chainSync";
import { pollHead } from "./headPoll";
import { subscribeHeads } from "./headSubscription";

export const chainHeadKey = (chainId: number) => ["chainHead", chainId] as const;

/** The newest block no reorganisation is expected to undo, by the head last polled; -1 while it is unknown. */
export function settledBlock(queryClient: QueryClient, chainId: number): bigint {
  const head = queryClient.getQueryData<bigint>(chainHeadKey(chainId));
  return head === undefined ? -1n : head - BigInt(rpcProfileOf(chainId).reorgDepth);
}

type HeadRead = { address: Address; abi: typeof multicall3BlockNumberAbi; functionName: "getBlockNumber" };

/**
 * The query of the head, as `useChainHead` asks it; `call` reads Multicall3's view (by default in the moment's
 * batch, with the page's other reads).
 */
export function chainHeadQuery(
  config: Config,
  chainId: number,
  call: (read: HeadRead) => Promise<unknown> = (read) => readContract(config, { chainId, ...read }),
) {
  return {
    queryKey: chainHeadKey(chainId),
    queryFn: async (): Promise<bigint> => {
      const chain = config.chains.find((candidate) => candidate.id === chainId);
      if (!chain) throw new Error(`Chain ${chainId} is not configured`);
      const multicall3 = chain.contracts?.multicall3?.address;
      if (!multicall3) return getBlockNumber(config, { chainId, cacheTime: 0 });
      return (await call({
        address: multicall3,
        abi: multicall3BlockNumberAbi,
        functionName: "getBlockNumber",
      })) as bigint;
    },
  };
}

/**
 * The current chain's newest block number, polled at the chain's block time (as measured, see headPollMs): the one
 * timer of the app, paused while the tab is hidden. Every other read refreshes when this moves (see useChainSync).
 * While the node does not answer it is asked every second, so that both an outage and the recovery show on their
 * own. The first head travels in the same eth_call as the page's first reads (through Multicall3); on a chain
 * with a steady pace, each poll after the first sync brings the new blocks' logs with it, in the same HTTP request
 * (see pollHead). No poll while the endpoint's WebSocket pushes the heads (useHeadSubscription).
 */
export function useChainHead() {
  const chainId = useChainId();
  const config = useConfig();
  const client = useClient({ chainId });
  const ready = useReadsReady();
  const first = chainHeadQuery(config, chainId);
  return useQuery({
    queryKey: first.queryKey,
    queryFn: () => {
      const logsFrom = nextSyncFrom(chainId);
      return logsFrom === undefined || !client ? first.queryFn() : pollHead(client, chainId, logsFrom);
    },
    enabled: ready,
    refetchInterval: (query) =>
      pushed.has(chainId) ? false : query.state.status === "error" ? 1_000 : headPollMs(chainId),
    refetchIntervalInBackground: false,
    // Fresh for a block: a component that mounts later (the background sync, loaded after the first paint) reuses
    // the head instead of asking again in a request of its own.
    staleTime: () => headPollMs(chainId),
    retry: false,
  });
}

/** Chains whose heads their endpoint's WebSocket pushes at the moment: no poll for them. */
const pushed = new Set<number>();

const onVisibility = (listener: () => void) => {
  document.addEventListener("visibilitychange", listener);
  return () => document.removeEventListener("visibilitychange", listener);
};
const useTabShown = () => useSyncExternalStore(onVisibility, () => document.visibilityState !== "hidden");

/**
 * Where the chain's endpoint offers a WebSocket (its RPC profile's `wsUrl`), new heads are pushed rather than
 * polled while the tab is shown: each lands in the head query, the sync follows it (one log read a block), and the
 * poll stops until the subscription is lost or the tab hidden. Mounted once, beside the sync.
 */
export function useHeadSubscription() {
  const chainId = useChainId();
  const queryClient = useQueryClient();
  const ready = useReadsReady();
  const shown = useTabShown();
  useEffect(() => {
    const { wsUrl } = rpcProfileOf(chainId);
    const chain = supportedChains.find((candidate) => candidate.id === chainId);
    if (!ready || !shown || !wsUrl || !chain) return;
    const pollAgain = () => {
      pushed.delete(chainId);
      void queryClient.refetchQueries({ queryKey: chainHeadKey(chainId) });
    };
    const stop = subscribeHeads(
      chain,
      wsUrl,
      (head) => {
        sightHead(chainId, head);
        pushed.add(chainId);
        queryClient.setQueryData(chainHeadKey(chainId), head.number);
      },
      pollAgain,
    );
    return () => {
      stop();
      pushed.delete(chainId);
    };
  }, [chainId, ready, shown, queryClient]);
}
