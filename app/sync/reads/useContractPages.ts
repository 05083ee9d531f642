import {
  type FetchQueryOptions,
  infiniteQueryOptions,
  type QueryClient,
  useInfiniteQuery,
  useQueryClient,
} from "@tanstack/react-query";
import { useMemo } from "react";
import type { ContractName } from "../../contracts/registry";
import type { PageItem, ViewArgs, ViewName } from "../../contracts/types";
import { readKey } from "./keys";
import { useViewReader } from "./useContractRead";

export type Cursor = bigint | `0x${string}`;
type Page<item> = readonly [readonly item[], Cursor];
const isEnd = (cursor: Cursor) => cursor === 0n || /^0x0{40}$/.test(String(cursor));

type PagesOptions<item> = {
  firstCursor?: Cursor;
  key?: unknown[];
  /**
   * What drawing the first page will read next (its rows' logs, say), started as soon as the page is read. Only
   * for everything the draw asks in one go: a part of it prefetched leaves in a request of its own.
   */
  firstPageNeeds?: (items: readonly item[]) => FetchQueryOptions[];
};

/**
 * The query of a list a contract keeps newest first and serves in pages (`view(…, cursor, limit) → (items, next)`):
 * what `useContractPages` asks, and what a page's first reads start before it renders. `read` calls the view.
 */
export function contractPagesQuery<
  const name extends ContractName,
  const fn extends ViewName<name>,
  item = PageItem<name, fn>,
>(
  queryClient: QueryClient,
  chainId: number,
  name: name,
  functionName: fn,
  argsAt: ((cursor: Cursor) => ViewArgs<name, fn>) | undefined,
  read: (functionName: fn, args: unknown) => Promise<unknown>,
  { firstCursor = 0n as Cursor, key = [], firstPageNeeds }: PagesOptions<item> = {},
) {
  return infiniteQueryOptions({
    queryKey: readKey(chainId, name, functionName, "pages", ...key),
    staleTime: Number.POSITIVE_INFINITY,
    initialPageParam: firstCursor,
    getNextPageParam: (last: Page<item>) => (isEnd(last[1]) ? undefined : last[1]),
    queryFn: async ({ pageParam }) => {
      const page = (await read(functionName, argsAt?.(pageParam))) as Page<item>;
      if (pageParam === firstCursor)
        for (const needed of firstPageNeeds?.(page[0]) ?? []) void queryClient.prefetchQuery(needed);
      return page;
    },
  });
}

/**
 * A list a contract keeps newest first, read one page at a time: the first page when shown, the next ones when
 * the user asks ("Load more"). What it costs depends on the pages shown, never on the length of the list or the
 * age of the chain.
 */
export function useContractPages<const name extends ContractName, const fn extends ViewName<name>>(
  name: name,
  functionName: fn,
  argsAt: ((cursor: Cursor) => ViewArgs<name, fn>) | undefined,
  options: PagesOptions<PageItem<name, fn>> = {},
) {
  const { chainId, ready, address, read } = useViewReader(name);
  const queryClient = useQueryClient();
  const query = useInfiniteQuery({
    ...contractPagesQuery(queryClient, chainId, name, functionName, argsAt, read, options),
    enabled: ready && address !== undefined && argsAt !== undefined,
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
