import { useQuery } from "@tanstack/react-query";
import { useChainId, usePublicClient } from "wagmi";
import { deployments } from "../../chain/deployments";
import { fetchContractEvents } from "../../chain/fetchLogs";
import { resourceAllocationAbi } from "../../contracts/generated";

export type ResourceEvent = Awaited<ReturnType<typeof fetchResourceEvents>>[number];

function fetchResourceEvents(...args: Parameters<typeof fetchContractEvents<typeof resourceAllocationAbi>>) {
  return fetchContractEvents(...args);
}

/** Every event of the ResourceAllocation contract since its deployment: the source of history and reasons. */
export function useResourceEvents() {
  const chainId = useChainId();
  const client = usePublicClient({ chainId });
  const deployed = deployments.get(chainId)?.contracts.ResourceAllocation;
  return useQuery({
    queryKey: ["resourceEvents", chainId, deployed?.address],
    enabled: client !== undefined && deployed !== undefined,
    refetchInterval: 5_000,
    queryFn: () => {
      if (!client || !deployed) throw new Error("ResourceAllocation is not deployed on this chain");
      return fetchResourceEvents(client, {
        address: deployed.address,
        abi: resourceAllocationAbi,
        fromBlock: BigInt(deployed.blockNumber),
      });
    },
  });
}
