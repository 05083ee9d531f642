import { useMemo } from "react";
import { type Address, erc20Abi } from "viem";
import { useChainId, useChains, useReadContract, useReadContracts } from "wagmi";
import { contractAddress } from "../../chain/deployments";
import { servicePaymentsAbi } from "../../contracts/generated/servicePayments";
import { type Currency, ETH } from "../model";

/**
 * The chain's native currency and every ERC-20 the payments contract accepts, with symbols and decimals read
 * from the tokens themselves. `extra` adds tokens that existing invoices use but that may no longer be allowed.
 */
export function useCurrencies(extra: readonly Address[] = []) {
  const chainId = useChainId();
  const chain = useChains().find((candidate) => candidate.id === chainId);
  const address = contractAddress(chainId, "ServicePayments");
  const allowed = useReadContract({
    chainId,
    address,
    abi: servicePaymentsAbi,
    functionName: "allowedTokens",
    query: { enabled: address !== undefined },
  });
  const tokens = useMemo(
    () => [...new Set([...(allowed.data ?? []), ...extra.filter((token) => token !== ETH)])],
    [allowed.data, extra],
  );
  const metadata = useReadContracts({
    allowFailure: false,
    contracts: tokens.flatMap((token) =>
      (["symbol", "decimals", "name"] as const).map((functionName) => ({
        chainId,
        address: token,
        abi: erc20Abi,
        functionName,
      })),
    ),
    query: { enabled: tokens.length > 0, staleTime: Number.POSITIVE_INFINITY },
  });
  const data = useMemo((): Currency[] | undefined => {
    if (tokens.length > 0 && !metadata.data) return undefined;
    const native = chain?.nativeCurrency ?? { symbol: "ETH", decimals: 18, name: "Ether" };
    const values = (metadata.data ?? []) as unknown as (string | number)[];
    return [
      { address: ETH, symbol: native.symbol, decimals: native.decimals, name: native.name },
      ...tokens.map((token, i) => ({
        address: token,
        symbol: String(values[i * 3]),
        decimals: Number(values[i * 3 + 1]),
        name: String(values[i * 3 + 2]),
      })),
    ];
  }, [tokens, metadata.data, chain]);
  return { data, allowedTokens: allowed.data };
}

export function currencyOf(
  currencies: readonly Currency[] | undefined,
  address: Address,
): Currency | undefined {
  return currencies?.find((currency) => currency.address.toLowerCase() === address.toLowerCase());
}
