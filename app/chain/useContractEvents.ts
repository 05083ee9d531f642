import { useQuery, useQueryClient } from "@tanstack/react-query";
import type { Abi } from "viem";
import { useChainId, usePublicClient } from "wagmi";
import { type ContractName, deployments } from "./deployments";
import { fetchContractEvents } from "./fetchLogs";
import { nodeHealthKey } from "./useNodeHealth";

/** Every event one CareChain contract emitted since its deployment on the current chain, decoded, refreshed. */
export function useContractEvents<const abi extends Abi>(name: ContractName, abi: abi) {
  const chainId = useChainId();
  const client = usePublicClient({ chainId });
  const deployed = deployments.get(chainId)?.contracts[name];
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: ["contractEvents", name, chainId, deployed?.address],
    enabled: client !== undefined && deployed !== undefined,
    refetchInterval: 5_000,
    queryFn: () => {
      if (!client || !deployed) throw new Error(`${name} is not deployed on this chain`);
      return fetchContractEvents(client, {
        address: deployed.address,
        abi,
        fromBlock: BigInt(deployed.blockNumber),
        // The node health check keeps the head's number fresh: no round trip for it before the logs.
        headHint: queryClient.getQueryData<bigint>(nodeHealthKey(chainId)),
      });
    },
  });
}
