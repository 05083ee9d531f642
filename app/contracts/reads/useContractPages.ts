import { type FetchQueryOptions, useInfiniteQuery, useQueryClient } from "@tanstack/react-query";
import { useMemo } from "react";
import type { ContractName } from "../registry";
import { readKey } from "./keys";
import { useViewReader, type ViewArgs, type ViewName } from "./useContractRead";

type Cursor = bigint | `0x${string}`;
type Page<item> = readonly [readonly item[], Cursor];
const isEnd = (cursor: Cursor) => cursor === 0n || /^0x0{40}$/.test(String(cursor));

/**
 * A list a contract keeps newest first and serves in pages (`view(…, cursor, limit) → (items, next)`), read one
 * page at a time: the first page when shown, the next ones when the user asks ("Load more"). What it costs depends
 * on the pages shown, never on the length of the list or the age of the chain.
 */
export function useContractPages<const name extends ContractName, const fn extends ViewName<name>, item>(
  name: name,
  functionName: fn,
  argsAt: ((cursor: Cursor) => ViewArgs<name, fn>) | undefined,
  {
    firstCursor = 0n as Cursor,
    key = [] as unknown[],
    firstPageNeeds,
  }: {
    firstCursor?: Cursor;
    key?: unknown[];
    /**
     * What drawing the first page will read next (its rows' logs, say), started as soon as the page is read. Only
     * for everything the draw asks in one go: a part of it prefetched leaves in a request of its own.
     */
    firstPageNeeds?: (items: readonly item[]) => FetchQueryOptions[];
  } = {},
) {
  const { chainId, ready, address, read } = useViewReader(name);
  const queryClient = useQueryClient();
  const query = useInfiniteQuery({
    queryKey: readKey(chainId, name, functionName, "pages", ...key),
    enabled: ready && address !== undefined && argsAt !== undefined,
    staleTime: Number.POSITIVE_INFINITY,
    initialPageParam: firstCursor,
    getNextPageParam: (last: Page<item>) => (isEnd(last[1]) ? undefined : last[1]),
    queryFn: async ({ pageParam }) => {
      const page = (await read(functionName, argsAt?.(pageParam))) as unknown as Page<item>;
      if (pageParam === firstCursor)
        for (const needed of firstPageNeeds?.(page[0]) ?? []) void queryClient.prefetchQuery(needed);
      return page;
    },
  });
  const items = useMemo(() => query.data?.pages.flatMap((page) => [...page[0]]), [query.data]);
  return {
    items,
    isLoading: query.isLoading,
    isError: query.isError,
    hasMore: query.hasNextPage,
    loadingMore: query.isFetchingNextPage,
    loadMore: () => query.fetchNextPage(),
  };
}
