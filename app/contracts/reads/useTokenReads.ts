import { useQuery } from "@tanstack/react-query";
import { type Abi, type Address, erc20Abi } from "viem";
import { useChainId, useConfig } from "wagmi";
import { readContracts } from "wagmi/actions";
import { type ReadScope, readKey } from "./keys";

/** The local Multicall3 and the canonical one both answer this, so ETH balances batch with the token reads. */
export const multicallBalanceAbi = [
  {
    type: "function",
    name: "getEthBalance",
    stateMutability: "view",
    inputs: [{ name: "account", type: "address" }],
    outputs: [{ name: "", type: "uint256" }],
  },
] as const satisfies Abi;

export type ExternalRead = { address: Address; abi: Abi; functionName: string; args?: readonly unknown[] };

/**
 * Reads of contracts outside the registry (ERC-20 tokens, Multicall3), in one eth_call, under a scope that the
 * chain sync refreshes: "tokens" for token facts, "wallet" for the connected account's balances. A read that
 * fails (a token without permit asked for its nonce) comes back as undefined instead of failing the others.
 */
export function useExternalReads(
  scope: Extract<ReadScope, "tokens" | "wallet">,
  reads: readonly ExternalRead[] | undefined,
) {
  const chainId = useChainId();
  const config = useConfig();
  return useQuery({
    queryKey: readKey(
      chainId,
      scope,
      reads?.map((read) => [read.address, read.functionName, read.args]),
    ),
    enabled: reads !== undefined && reads.length > 0,
    staleTime: scope === "tokens" ? Number.POSITIVE_INFINITY : 0,
    queryFn: async () => {
      const results = await readContracts(config, {
        allowFailure: true,
        contracts: (reads ?? []).map((read) => ({ ...read, chainId })),
      } as never);
      return (results as { status: string; result?: unknown }[]).map((entry) =>
        entry.status === "success" ? entry.result : undefined,
      );
    },
  });
}

export { erc20Abi };
