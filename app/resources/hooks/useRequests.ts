import { useMemo } from "react";
import { useChainId, useReadContract } from "wagmi";
import { contractAddress } from "../../chain/deployments";
import { resourceAllocationAbi } from "../../contracts/generated/resourceAllocation";
import { requestReasons } from "../history";
import type { RequestStatus, RequestView } from "../model";
import { useResourceEvents } from "./useResourceEvents";

const STATUS: Record<number, RequestStatus> = { 1: "open", 2: "approved", 3: "denied", 4: "cancelled" };
/** The page size of requests read at once; the list shows the most recent this many. */
const PAGE = 500n;

/** Allocation requests with their reasons (reasons come from events, statuses from storage). */
export function useRequests() {
  const chainId = useChainId();
  const address = contractAddress(chainId, "ResourceAllocation");
  const events = useResourceEvents();
  const counts = useReadContract({
    chainId,
    address,
    abi: resourceAllocationAbi,
    functionName: "counts",
    query: { enabled: address !== undefined, refetchInterval: 5_000 },
  });
  const requestCount = counts.data?.[2] ?? 0n;
  const offset = requestCount > PAGE ? requestCount - PAGE : 0n;
  const page = useReadContract({
    chainId,
    address,
    abi: resourceAllocationAbi,
    functionName: "getRequests",
    args: [offset, PAGE],
    query: { enabled: address !== undefined && counts.data !== undefined },
  });
  const data = useMemo((): RequestView[] | undefined => {
    if (!page.data) return undefined;
    const reasons = requestReasons(events.data ?? []);
    return page.data
      .map((request, index) => {
        const id = Number(offset) + index;
        return {
          id,
          resourceId: request.resourceId,
          facilityId: request.facilityId,
          quantity: request.quantity,
          status: STATUS[request.status] ?? "open",
          requester: request.requester,
          reason: reasons.get(id)?.reason ?? "",
          denialReason: reasons.get(id)?.denialReason,
        };
      })
      .reverse();
  }, [page.data, events.data, offset]);
  return { data, isLoading: page.isLoading || counts.isLoading };
}
