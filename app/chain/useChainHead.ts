import { useQuery } from "@tanstack/react-query";
import { useChainId, usePublicClient } from "wagmi";
import { rpcProfileOf } from "./chains";

export const chainHeadKey = (chainId: number) => ["chainHead", chainId] as const;

/**
 * The current chain's newest block number, polled at the chain's block time: the one timer of the app. Every other
 * read refreshes when this moves (see useChainSync). While the node does not answer it is asked every second, so
 * that both an outage and the recovery show on their own.
 */
export function useChainHead() {
  const chainId = useChainId();
  const client = usePublicClient({ chainId });
  const { blockTimeMs } = rpcProfileOf(chainId);
  return useQuery({
    queryKey: chainHeadKey(chainId),
    enabled: client !== undefined,
    queryFn: () => {
      if (!client) throw new Error(`Chain ${chainId} is not configured`);
      return client.getBlockNumber({ cacheTime: 0 });
    },
    refetchInterval: (query) => (query.state.status === "error" ? 1_000 : blockTimeMs),
    refetchIntervalInBackground: false,
    staleTime: 0,
    retry: false,
  });
}
