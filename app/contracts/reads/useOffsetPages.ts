import { useInfiniteQuery } from "@tanstack/react-query";
import { useEffect, useMemo } from "react";
import { LIMITS } from "../limits";
import type { ContractName } from "../registry";
import { readKey } from "./keys";
import { useViewReader, type ViewName } from "./useContractRead";

const PAGE = BigInt(LIMITS.pageItems);

/**
 * A whole reference list (resource types, facilities) that a contract serves by offset (`view(offset, limit)`),
 * read a full page of 100 at a time until a page comes back short: one call for most deployments, and a call per
 * hundred entries beyond.
 */
export function useOffsetPages<const name extends ContractName, const fn extends ViewName<name>, item>(
  name: name,
  functionName: fn,
) {
  const { chainId, ready, address, read } = useViewReader(name);
  const query = useInfiniteQuery({
    queryKey: readKey(chainId, name, functionName, "all"),
    enabled: ready && address !== undefined,
    staleTime: Number.POSITIVE_INFINITY,
    initialPageParam: 0n,
    getNextPageParam: (last: readonly item[], _all, offset: bigint) =>
      BigInt(last.length) === PAGE ? offset + PAGE : undefined,
    queryFn: async ({ pageParam }) =>
      (await read(functionName, [pageParam, PAGE])) as unknown as readonly item[],
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
