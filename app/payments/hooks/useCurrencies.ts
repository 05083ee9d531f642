import { useQueries } from "@tanstack/react-query";
import { useMemo } from "react";
import type { Address } from "viem";
import { useChainId, useChains, useConfig } from "wagmi";
import { useReadsReady } from "../../chain/useReadsReady";
import type { TokenDescription } from "../../contracts/deployment";
import { deployedTokens } from "../../contracts/deployments";
import { readKey } from "../../sync/reads/keys";
import { useContractRead } from "../../sync/reads/useContractRead";
import { readExternal } from "../../sync/reads/useTokenReads";
import { type Currency, ETH } from "../model";
import { describeToken, paymentFor, tokenFactReads } from "../tokenFacts";

// Outside the component: useQueries re-runs a stable `combine` only when a token's description changes.
const dataOf = (results: { data?: TokenDescription }[]) => results.map((result) => result.data);

/**
 * The chain's native currency and every ERC-20 the payments contract accepts, with symbols, decimals and the way
 * each is paid. `extra` adds tokens that existing invoices use but that may no longer be accepted. The
 * deployment's own tokens come described by the deploy step, so a first screen asks nothing about them; a token
 * learnt later (from the chain or an invoice) is read from itself, one query per token.
 */
export function useCurrencies(extra: readonly Address[] = []) {
  const chainId = useChainId();
  const config = useConfig();
  const ready = useReadsReady();
  const chain = useChains().find((candidate) => candidate.id === chainId);
  const allowed = useContractRead("ServicePayments", "allowedTokens", []);
  const recorded = deployedTokens(chainId);
  const tokens = useMemo(
    () => [
      ...new Set([
        ...recorded.map((token) => token.address),
        ...(allowed.data ?? []),
        ...extra.filter((token) => token !== ETH),
      ]),
    ],
    [recorded, allowed.data, extra],
  );
  const descriptions = useQueries({
    queries: tokens.map((token) => ({
      queryKey: readKey(chainId, "tokens", token),
      enabled: ready,
      staleTime: Number.POSITIVE_INFINITY,
      initialData: recorded.find((known) => known.address === token),
      queryFn: async () =>
        describeToken(token, chainId, await readExternal(config, chainId, tokenFactReads(token))),
    })),
    combine: dataOf,
  });
  const data = useMemo((): Currency[] | undefined => {
    if (descriptions.some((description) => description === undefined) || !allowed.data) return undefined;
    const accepted = new Set(allowed.data.map((token) => token.toLowerCase()));
    const native = chain?.nativeCurrency ?? { symbol: "ETH", decimals: 18, name: "Ether" };
    return [
      { address: ETH, ...native, accepted: true, payment: { kind: "approve" } },
      ...tokens.map((address, i): Currency => {
        const description = descriptions[i] as TokenDescription;
        const { symbol, decimals, name } = description;
        return {
          address,
          symbol,
          decimals,
          name,
          accepted: accepted.has(address.toLowerCase()),
          payment: paymentFor(description),
        };
      }),
    ];
  }, [tokens, descriptions, allowed.data, chain]);
  return { data, tokens: useMemo(() => [ETH, ...tokens], [tokens]) };
}

export function currencyOf(
  currencies: readonly Currency[] | undefined,
  address: Address,
): Currency | undefined {
  return currencies?.find((currency) => currency.address.toLowerCase() === address.toLowerCase());
}
