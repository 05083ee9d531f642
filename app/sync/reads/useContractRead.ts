import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { type Config, useChainId, useConfig } from "wagmi";
import { readContract } from "wagmi/actions";
import { useReadsReady } from "../../chain/useReadsReady";
import { contractAddress } from "../../contracts/deployments";
import { type ContractName, contractAbis } from "../../contracts/registry";
import type { ViewArgs, ViewName, ViewResult } from "../../contracts/types";
import { readKey } from "./keys";

export type { ViewArgs, ViewName, ViewResult };

/** The call of one view of a CareChain contract on a chain: its address there (if deployed), ABI and arguments. */
export const viewCall = (chainId: number, name: ContractName, functionName: string, args: unknown) => ({
  address: contractAddress(chainId, name),
  abi: contractAbis[name],
  functionName,
  args: args as readonly unknown[] | undefined,
});

const readView = <const name extends ContractName, fn extends ViewName<name>>(
  config: Config,
  chainId: number,
  name: name,
  functionName: fn,
  args: unknown,
) =>
  readContract(config, { chainId, ...viewCall(chainId, name, functionName, args) } as never) as Promise<
    ViewResult<name, fn>
  >;

/**
 * What every read hook of a contract needs: the chain, whether reads may start, the contract's address there, and
 * a call of one of its views (which joins the moment's Multicall3 batch).
 */
export function useViewReader<const name extends ContractName>(name: name, onChain?: number) {
  const currentChainId = useChainId();
  const chainId = onChain ?? currentChainId;
  const config = useConfig();
  const ready = useReadsReady();
  const address = contractAddress(chainId, name);
  const read = <fn extends ViewName<name>>(functionName: fn, args: unknown) =>
    readView(config, chainId, name, functionName, args);
  return { chainId, ready, address, read };
}

/**
 * The query of one view of one CareChain contract: what `useContractRead` asks, and what code that knows a read
 * will be needed can start ahead of the render that needs it (`queryClient.prefetchQuery`), with a `read` of its
 * own if need be (see readsNow).
 */
export function contractReadQuery<const name extends ContractName, const fn extends ViewName<name>>(
  config: Config,
  chainId: number,
  name: name,
  functionName: fn,
  args: ViewArgs<name, fn> | undefined,
  read: (functionName: fn, args: unknown) => Promise<ViewResult<name, fn>> = (functionName, args) =>
    readView(config, chainId, name, functionName, args),
) {
  return {
    queryKey: readKey(chainId, name, functionName, args),
    staleTime: Number.POSITIVE_INFINITY,
    queryFn: () => read(functionName, args),
  };
}

/**
 * One view of one CareChain contract on the current chain, chosen by name. Fresh until the contract changes: it is
 * refreshed by a new block carrying that contract's logs or by a transaction to it, never on a timer. Reads of the
 * same moment travel together (Multicall3, one eth_call).
 */
export function useContractRead<const name extends ContractName, const fn extends ViewName<name>>(
  name: name,
  functionName: fn,
  args: ViewArgs<name, fn> | undefined,
  { enabled = true, chainId: onChain }: { enabled?: boolean; chainId?: number } = {},
) {
  const { chainId, ready, address } = useViewReader(name, onChain);
  const config = useConfig();
  return useQuery({
    ...contractReadQuery(config, chainId, name, functionName, args),
    enabled: ready && enabled && address !== undefined && args !== undefined,
  });
}

/** The query of one view for many argument lists: what `useContractReads` asks, with its `read` if need be. */
export function contractReadsQuery<const name extends ContractName, const fn extends ViewName<name>>(
  config: Config,
  chainId: number,
  name: name,
  functionName: fn,
  argsList: readonly ViewArgs<name, fn>[] | undefined,
  read: (functionName: fn, args: unknown) => Promise<ViewResult<name, fn>> = (functionName, args) =>
    readView(config, chainId, name, functionName, args),
) {
  return {
    queryKey: readKey(chainId, name, functionName, "many", argsList),
    staleTime: Number.POSITIVE_INFINITY,
    queryFn: () => Promise.all((argsList ?? []).map((args) => read(functionName, args))),
  };
}

/**
 * The same view of one contract for many argument lists (the roles of every account shown, say), in one query.
 * Each read joins the moment's Multicall3 batch, so they travel in the same eth_call as the page's other reads.
 * Results come in the order of `argsList`.
 */
export function useContractReads<const name extends ContractName, const fn extends ViewName<name>>(
  name: name,
  functionName: fn,
  argsList: readonly ViewArgs<name, fn>[] | undefined,
  {
    enabled = true,
    chainId: onChain,
    keepPrevious = false,
  }: {
    enabled?: boolean;
    chainId?: number;
    /** Show the results of the previous list while a changed one loads: only for results that name their row. */
    keepPrevious?: boolean;
  } = {},
) {
  const { chainId, ready, address } = useViewReader(name, onChain);
  const config = useConfig();
  return useQuery({
    ...contractReadsQuery(config, chainId, name, functionName, argsList),
    placeholderData: keepPrevious ? keepPreviousData : undefined,
    enabled: ready && enabled && address !== undefined && argsList !== undefined && argsList.length > 0,
  });
}
