import { useQuery } from "@tanstack/react-query";
import { useChainId, usePublicClient } from "wagmi";

export const nodeHealthKey = (chainId: number) => ["nodeHealth", chainId] as const;

/**
 * Polls the current chain's node for its block number: every 4 s while it answers, every second while it does
 * not, so that the app notices both an outage and the recovery on its own.
 */
export function useNodeHealth() {
  const chainId = useChainId();
  const client = usePublicClient({ chainId });
  return useQuery({
    queryKey: nodeHealthKey(chainId),
    enabled: client !== undefined,
    queryFn: () => {
      if (!client) throw new Error(`Chain ${chainId} is not configured`);
      return client.getBlockNumber({ cacheTime: 0 });
    },
    refetchInterval: (query) => (query.state.status === "error" ? 1_000 : 4_000),
    refetchIntervalInBackground: false,
    retry: false,
  });
}
