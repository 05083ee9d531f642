import { useMemo } from "react";
import { type Abi, type Address, erc20Abi } from "viem";
import { useChainId, useChains } from "wagmi";
import { testStablecoinAbi } from "../../contracts/generated/testStablecoin";
import { useContractRead } from "../../contracts/reads/useContractRead";
import { type ExternalRead, useExternalReads } from "../../contracts/reads/useTokenReads";
import { type Currency, ETH } from "../model";
import { paymentOf, type TokenFacts } from "../permit";

const eip5267Abi = [
  {
    type: "function",
    name: "eip712Domain",
    stateMutability: "view",
    inputs: [],
    outputs: [
      { name: "fields", type: "bytes1" },
      { name: "name", type: "string" },
      { name: "version", type: "string" },
      { name: "chainId", type: "uint256" },
      { name: "verifyingContract", type: "address" },
      { name: "salt", type: "bytes32" },
      { name: "extensions", type: "uint256[]" },
    ],
  },
] as const satisfies Abi;

// symbol, decimals, name, then what decides how a permit is signed (any EIP-2612 token answers like tUSD).
const FACTS = [
  [erc20Abi, "symbol"],
  [erc20Abi, "decimals"],
  [erc20Abi, "name"],
  [testStablecoinAbi, "version"],
  [testStablecoinAbi, "DOMAIN_SEPARATOR"],
  [eip5267Abi, "eip712Domain"],
] as const;

/**
 * The chain's native currency and every ERC-20 the payments contract accepts, with symbols, decimals and the way
 * each is paid, read from the tokens themselves. `extra` adds tokens that existing invoices use but that may no
 * longer be allowed.
 */
export function useCurrencies(extra: readonly Address[] = []) {
  const chainId = useChainId();
  const chain = useChains().find((candidate) => candidate.id === chainId);
  const allowed = useContractRead("ServicePayments", "allowedTokens", []);
  const tokens = useMemo(
    () => [...new Set([...(allowed.data ?? []), ...extra.filter((token) => token !== ETH)])],
    [allowed.data, extra],
  );
  const reads = useMemo(
    () =>
      tokens.flatMap((address) =>
        FACTS.map(([abi, functionName]): ExternalRead => ({ address, abi: abi as Abi, functionName })),
      ),
    [tokens],
  );
  const facts = useExternalReads("tokens", reads);
  const data = useMemo((): Currency[] | undefined => {
    if (tokens.length > 0 && !facts.data) return undefined;
    const native = chain?.nativeCurrency ?? { symbol: "ETH", decimals: 18, name: "Ether" };
    const values = facts.data ?? [];
    return [
      {
        address: ETH,
        symbol: native.symbol,
        decimals: native.decimals,
        name: native.name,
        payment: { kind: "approve" },
      },
      ...tokens.map((address, i): Currency => {
        const [symbol, decimals, name, version, separator, domain] = values.slice(i * FACTS.length);
        return {
          address,
          symbol: String(symbol ?? "?"),
          decimals: Number(decimals ?? 18),
          name: String(name ?? ""),
          payment: paymentOf(address, chainId, {
            name: name as string | undefined,
            version: version as string | undefined,
            domainSeparator: separator as TokenFacts["domainSeparator"],
            eip712Domain: domain as TokenFacts["eip712Domain"],
          }),
        };
      }),
    ];
  }, [tokens, facts.data, chain, chainId]);
  return { data, allowedTokens: allowed.data };
}

export function currencyOf(
  currencies: readonly Currency[] | undefined,
  address: Address,
): Currency | undefined {
  return currencies?.find((currency) => currency.address.toLowerCase() === address.toLowerCase());
}
