import { useMemo } from "react";
import { type Address, erc20Abi } from "viem";
import { useAccount, useBalance, useChainId, useReadContracts } from "wagmi";
import { contractAddress } from "../../chain/deployments";
import { servicePaymentsAbi } from "../../contracts/generated/servicePayments";
import { type Currency, ETH } from "../model";

/**
 * For the connected account, per currency: what the wallet holds (to say before paying whether it is enough) and
 * what the payments contract holds for it (takings or refunds, to withdraw).
 */
export function useBalances(currencies: readonly Currency[] | undefined) {
  const chainId = useChainId();
  const { address: me } = useAccount();
  const payments = contractAddress(chainId, "ServicePayments");
  const tokens = (currencies ?? []).filter((currency) => currency.address !== ETH);
  const eth = useBalance({
    address: me,
    chainId,
    query: { enabled: me !== undefined, refetchInterval: 5_000 },
  });
  const reads = useReadContracts({
    allowFailure: false,
    contracts: [
      ...tokens.map((token) => ({
        chainId,
        address: token.address,
        abi: erc20Abi,
        functionName: "balanceOf" as const,
        args: [me as Address] as const,
      })),
      ...(currencies ?? []).map((currency) => ({
        chainId,
        address: payments,
        abi: servicePaymentsAbi,
        functionName: "creditOf" as const,
        args: [me as Address, currency.address] as const,
      })),
    ],
    query: {
      enabled: me !== undefined && payments !== undefined && currencies !== undefined,
      refetchInterval: 5_000,
    },
  });
  return useMemo(() => {
    const values = (reads.data ?? []) as unknown as bigint[];
    const wallet = new Map<Address, bigint>();
    const credit = new Map<Address, bigint>();
    if (eth.data) wallet.set(ETH, eth.data.value);
    tokens.forEach((token, i) => {
      const value = values[i];
      if (value !== undefined) wallet.set(token.address, value);
    });
    (currencies ?? []).forEach((currency, i) => {
      const value = values[tokens.length + i];
      if (value !== undefined) credit.set(currency.address, value);
    });
    return { wallet, credit };
  }, [reads.data, eth.data, currencies, tokens]);
}
