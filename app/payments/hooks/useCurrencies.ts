import { useQueries } from "@tanstack/react-query";
import { useMemo } from "react";
import { type Abi, type Address, erc20Abi } from "viem";
import { useChainId, useChains, useConfig } from "wagmi";
import { useReadsReady } from "../../chain/useReadsReady";
import { deployedTokens } from "../../contracts/deployments";
import { testStablecoinAbi } from "../../contracts/generated/testStablecoin";
import { readKey } from "../../contracts/reads/keys";
import { useContractRead } from "../../contracts/reads/useContractRead";
import { type ExternalRead, readExternal } from "../../contracts/reads/useTokenReads";
import { type Currency, ETH } from "../model";
import { paymentOf, type TokenFacts } from "../permit";
import { eip5267Abi } from "./eip5267";

// symbol, decimals, name, then what decides how a permit is signed (any EIP-2612 token answers like tUSD).
const FACTS = [
  [erc20Abi, "symbol"],
  [erc20Abi, "decimals"],
  [erc20Abi, "name"],
  [testStablecoinAbi, "version"],
  [testStablecoinAbi, "DOMAIN_SEPARATOR"],
  [eip5267Abi, "eip712Domain"],
] as const;

// Outside the component: useQueries re-runs a stable `combine` only when a token's facts change.
const dataOf = (results: { data?: unknown[] }[]) => results.map((result) => result.data);

const factReads = (address: Address): ExternalRead[] =>
  FACTS.map(([abi, functionName]) => ({ address, abi: abi as Abi, functionName }));

/**
 * The chain's native currency and every ERC-20 the payments contract accepts, with symbols, decimals and the way
 * each is paid, read from the tokens themselves. `extra` adds tokens that existing invoices use but that may no
 * longer be accepted. Each token's facts are one query: the deployment's tokens are read with the page's first
 * reads, and a token learnt later (from the chain or an invoice) costs only its own.
 */
export function useCurrencies(extra: readonly Address[] = []) {
  const chainId = useChainId();
  const config = useConfig();
  const ready = useReadsReady();
  const chain = useChains().find((candidate) => candidate.id === chainId);
  const allowed = useContractRead("ServicePayments", "allowedTokens", []);
  const tokens = useMemo(
    () => [
      ...new Set([
        ...deployedTokens(chainId),
        ...(allowed.data ?? []),
        ...extra.filter((token) => token !== ETH),
      ]),
    ],
    [chainId, allowed.data, extra],
  );
  const facts = useQueries({
    queries: tokens.map((token) => ({
      queryKey: readKey(chainId, "tokens", token),
      enabled: ready,
      staleTime: Number.POSITIVE_INFINITY,
      queryFn: () => readExternal(config, chainId, factReads(token)),
    })),
    combine: dataOf,
  });
  const data = useMemo((): Currency[] | undefined => {
    if (facts.some((values) => values === undefined) || !allowed.data) return undefined;
    const accepted = new Set(allowed.data.map((token) => token.toLowerCase()));
    const native = chain?.nativeCurrency ?? { symbol: "ETH", decimals: 18, name: "Ether" };
    return [
      { address: ETH, ...native, accepted: true, payment: { kind: "approve" } },
      ...tokens.map((address, i): Currency => {
        const [symbol, decimals, name, version, separator, domain] = facts[i] ?? [];
        return {
          address,
          symbol: String(symbol ?? "?"),
          decimals: Number(decimals ?? 18),
          name: String(name ?? ""),
          accepted: accepted.has(address.toLowerCase()),
          payment: paymentOf(address, chainId, {
            name: name as string | undefined,
            version: version as string | undefined,
            domainSeparator: separator as TokenFacts["domainSeparator"],
            eip712Domain: domain as TokenFacts["eip712Domain"],
          }),
        };
      }),
    ];
  }, [tokens, facts, allowed.data, chain, chainId]);
  return { data, tokens: useMemo(() => [ETH, ...tokens], [tokens]) };
}

export function currencyOf(
  currencies: readonly Currency[] | undefined,
  address: Address,
): Currency | undefined {
  return currencies?.find((currency) => currency.address.toLowerCase() === address.toLowerCase());
}
