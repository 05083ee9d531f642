import { useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { useChainId, usePublicClient } from "wagmi";
import { useChainHead } from "../chain/useChainHead";
import { syncThrough } from "./chainSync";

/**
 * The app's one freshness policy: when the polled head moves, the chain sync reads the new blocks once for every
 * contract and refreshes the reads of those that emitted. No block, no request beyond the head poll.
 */
export function useChainSync() {
  const chainId = useChainId();
  const client = usePublicClient({ chainId });
  const queryClient = useQueryClient();
  const head = useChainHead().data;
  useEffect(() => {
    if (head !== undefined && client) syncThrough(client, chainId, head, queryClient).catch(() => {});
  }, [head, chainId, client, queryClient]);
}
