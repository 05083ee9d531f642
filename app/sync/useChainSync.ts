import { useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { useChainId, useClient } from "wagmi";
import { useChainHead, useHeadSubscription } from "./chainHead";
import { syncThrough } from "./chainSync";

/**
 * The app's one freshness policy: when the polled head moves, the chain sync reads the new blocks once for every
 * contract and refreshes the reads of those that emitted. No block, no request beyond the head poll.
 */
export function useChainSync() {
  const chainId = useChainId();
  const client = useClient({ chainId });
  const queryClient = useQueryClient();
  const { data: head, dataUpdatedAt } = useChainHead();
  useHeadSubscription();
  // Every poll, not only a new head: a sync that failed (the node went away mid-read) is tried again at the same
  // head. One that succeeded costs nothing more, as the sync returns at once when it has already read this head.
  // biome-ignore lint/correctness/useExhaustiveDependencies: dataUpdatedAt stands for "polled again"
  useEffect(() => {
    if (head !== undefined && client) syncThrough(client, chainId, head, queryClient).catch(() => {});
  }, [head, dataUpdatedAt, chainId, client, queryClient]);
}
