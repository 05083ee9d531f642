import { useContractRead } from "../../sync/reads/useContractRead";

/** What one facility holds of one resource type, read when both are chosen (the facility may be on another page). */
export function useHolding(resourceId: number | undefined, facilityId: number | undefined) {
  const query = useContractRead(
    "ResourceAllocation",
    "holdingOf",
    resourceId === undefined || facilityId === undefined
      ? undefined
      : [BigInt(resourceId), BigInt(facilityId)],
  );
  return query.data;
}
