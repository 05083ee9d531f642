import type { QueryClient } from "@tanstack/react-query";
import { useMemo } from "react";
import { REQUEST_STATUS } from "../../contracts/limits";
import type { ReadsNow } from "../../sync/reads/firstReads";
import { type Cursor, contractPagesQuery, useContractPages } from "../../sync/reads/useContractPages";
import { useEventsAt } from "../../sync/reads/useEventsAt";
import type { RequestStatus, RequestView } from "../model";

/** Requests shown per page; older ones on request. */
export const REQUESTS_PER_PAGE = 10n;

const requestsAt = (cursor: Cursor) => [cursor as bigint, REQUESTS_PER_PAGE] as const;

/** Starts the read of the first page of requests, ahead of the render that shows it (see firstReads). */
export function startRequestsRead(queryClient: QueryClient, chainId: number, now: ReadsNow) {
  const read = now.view("ResourceAllocation");
  void queryClient.prefetchInfiniteQuery(
    contractPagesQuery(queryClient, chainId, "ResourceAllocation", "requestsBefore", requestsAt, read),
  );
}

/**
 * Allocation requests, newest first, a page at a time. Statuses come from storage; reasons live only in events, and
 * each is fetched from the very block its request (or denial) recorded.
 */
export function useRequests() {
  const pages = useContractPages("ResourceAllocation", "requestsBefore", requestsAt);
  const rows = pages.items ?? [];
  const ids = rows.map((row) => row.id);
  const denied = rows.filter((row) => REQUEST_STATUS[row.request.status] === "denied");
  const asked = useEventsAt(
    "ResourceAllocation",
    "AllocationRequested",
    ids.length ? { requestId: ids } : undefined,
    rows.map((row) => BigInt(row.request.requestedAtBlock)),
  );
  const refusals = useEventsAt(
    "ResourceAllocation",
    "RequestDenied",
    denied.length ? { requestId: denied.map((row) => row.id) } : undefined,
    denied.map((row) => BigInt(row.request.decidedAtBlock)),
  );
  const data = useMemo((): RequestView[] | undefined => {
    if (!pages.items) return undefined;
    const reasons = new Map(asked.data?.map((event) => [event.args.requestId, event.args.reason]));
    const denials = new Map(refusals.data?.map((event) => [event.args.requestId, event.args.reason]));
    return pages.items.map(({ id, request }) => ({
      id: Number(id),
      resourceId: request.resourceId,
      facilityId: request.facilityId,
      quantity: request.quantity,
      status: (REQUEST_STATUS[request.status] ?? "open") as RequestStatus,
      requester: request.requester,
      reason: reasons.get(id),
      denialReason: denials.get(id),
      requestedAtBlock: BigInt(request.requestedAtBlock),
      decidedAtBlock: BigInt(request.decidedAtBlock),
    }));
  }, [pages.items, asked.data, refusals.data]);
  return {
    data,
    isLoading: pages.isLoading,
    hasMore: pages.hasMore,
    loadMore: pages.loadMore,
    loadingMore: pages.loadingMore,
  };
}
