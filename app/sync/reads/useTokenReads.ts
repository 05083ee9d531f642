import { useQuery } from "@tanstack/react-query";
import type { Abi, Address } from "viem";
import { type Config, useChainId, useConfig } from "wagmi";
import { readContract } from "wagmi/actions";
import { useReadsReady } from "../../chain/useReadsReady";
import { type ReadScope, readKey } from "./keys";

export type ExternalRead = { address: Address; abi: Abi; functionName: string; args?: readonly unknown[] };

/**
 * Reads of contracts outside the registry (ERC-20 tokens, Multicall3), joining the moment's Multicall3 batch like
 * every other read, under a scope that the
 * chain sync refreshes: "tokens" for token facts, "wallet" for the connected account's balances. A read that
 * fails (a token without permit asked for its nonce) comes back as undefined instead of failing the others.
 */
export function useExternalReads(
  scope: Extract<ReadScope, "tokens" | "wallet">,
  reads: readonly ExternalRead[] | undefined,
) {
  const chainId = useChainId();
  const config = useConfig();
  const ready = useReadsReady();
  return useQuery({
    queryKey: readKey(
      chainId,
      scope,
      reads?.map((read) => [read.address, read.functionName, read.args]),
    ),
    enabled: ready && reads !== undefined && reads.length > 0,
    staleTime: scope === "tokens" ? Number.POSITIVE_INFINITY : 0,
    queryFn: () => readExternal(config, chainId, reads ?? []),
  });
}

/** Each read's result, or undefined where it failed; all of them join the moment's Multicall3 batch. */
export async function readExternal(config: Config, chainId: number, reads: readonly ExternalRead[]) {
  const results = await Promise.allSettled(
    reads.map((read) => readContract(config, { ...read, chainId } as never) as Promise<unknown>),
  );
  return results.map((entry) => (entry.status === "fulfilled" ? entry.value : undefined));
}
