import { infiniteQueryOptions, useInfiniteQuery } from "@tanstack/react-query";
import { useEffect, useMemo } from "react";
import { LIMITS } from "../../contracts/limits";
import type { ContractName } from "../../contracts/registry";
import type { ListItem, ViewName } from "../../contracts/types";
import { readKey } from "./keys";
import { useViewReader } from "./useContractRead";

const PAGE = BigInt(LIMITS.pageItems);

/**
 * The query of a whole reference list (resource types, facilities) that a contract serves by offset
 * (`view(offset, limit)`): what `useOffsetPages` asks, and what a page's first reads start before it renders.
 */
export function offsetPagesQuery<
  const name extends ContractName,
  const fn extends ViewName<name>,
  item = ListItem<name, fn>,
>(
  chainId: number,
  name: name,
  functionName: fn,
  read: (functionName: fn, args: unknown) => Promise<unknown>,
) {
  return infiniteQueryOptions({
    queryKey: readKey(chainId, name, functionName, "all"),
    staleTime: Number.POSITIVE_INFINITY,
    initialPageParam: 0n,
    getNextPageParam: (last: readonly item[], _all, offset: bigint) =>
      BigInt(last.length) === PAGE ? offset + PAGE : undefined,
    queryFn: async ({ pageParam }) => (await read(functionName, [pageParam, PAGE])) as readonly item[],
  });
}

/**
 * A whole reference list read a full page of 100 at a time until a page comes back short: one call for most
 * deployments, and a call per hundred entries beyond.
 */
export function useOffsetPages<const name extends ContractName, const fn extends ViewName<name>>(
  name: name,
  functionName: fn,
) {
  const { chainId, ready, address, read } = useViewReader(name);
  const query = useInfiniteQuery({
    ...offsetPagesQuery<name, fn>(chainId, name, functionName, read),
    enabled: ready && address !== undefined,
  });
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = query;
  useEffect(() => {
    if (hasNextPage && !isFetchingNextPage) fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage]);
  const items = useMemo(
    () => (query.data && !hasNextPage ? query.data.pages.flatMap((page) => [...page]) : undefined),
    [query.data, hasNextPage],
  );
  return { items, isLoading: items === undefined && !query.isError, isError: query.isError };
}
