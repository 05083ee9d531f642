import { useMemo } from "react";
import { useChainId, useReadContract } from "wagmi";
import { contractAddress } from "../../chain/deployments";
import { resourceAllocationAbi } from "../../contracts/generated/resourceAllocation";
import type { Inventory } from "../model";

/** All resource types, facilities and holdings, from the contract's one-call snapshot. */
export function useInventory() {
  const chainId = useChainId();
  const address = contractAddress(chainId, "ResourceAllocation");
  const query = useReadContract({
    chainId,
    address,
    abi: resourceAllocationAbi,
    functionName: "snapshot",
    query: { enabled: address !== undefined, refetchInterval: 5_000 },
  });
  const data = useMemo((): Inventory | undefined => {
    if (!query.data) return undefined;
    const [resources, facilities, holdings] = query.data;
    return {
      resources: resources.map((resource, id) => ({
        id,
        name: resource.name,
        unit: resource.unit,
        total: resource.total,
        allocated: resource.allocated,
        available: resource.total - resource.allocated,
      })),
      facilities: facilities.map((facility, id) => ({ id, ...facility })),
      holdings: holdings.map((row) => [...row]),
    };
  }, [query.data]);
  return { ...query, data };
}
