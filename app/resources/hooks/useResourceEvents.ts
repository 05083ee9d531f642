import { useContractEvents } from "../../chain/useContractEvents";
import { resourceAllocationAbi } from "../../contracts/generated/resourceAllocation";

export type ResourceEvent = NonNullable<ReturnType<typeof useResourceEvents>["data"]>[number];

/** Every event of the ResourceAllocation contract: the source of the history and of request reasons. */
export function useResourceEvents() {
  return useContractEvents("ResourceAllocation", resourceAllocationAbi);
}
