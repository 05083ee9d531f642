import { useMemo } from "react";
import { type Abi, type Address, erc20Abi } from "viem";
import { useAccount, useChainId, useChains } from "wagmi";
import { multicall3ViewsAbi } from "../../chain/multicall3";
import { contractAddress } from "../../contracts/deployments";
import { servicePaymentsAbi } from "../../contracts/generated/servicePayments";
import { type ExternalRead, useExternalReads } from "../../contracts/reads/useTokenReads";
import { ETH } from "../model";

/**
 * For the connected account, per currency (ETH and token addresses): what the wallet holds (to say before paying
 * whether it is enough) and what the payments contract holds for it (takings or refunds, to withdraw). The reads
 * join the page's first batch: they need the currencies' addresses only, not their facts.
 */
export function useBalances(currencies: readonly Address[]) {
  const chainId = useChainId();
  const chain = useChains().find((candidate) => candidate.id === chainId);
  const { address: me } = useAccount();
  const payments = contractAddress(chainId, "ServicePayments");
  const multicall = chain?.contracts?.multicall3?.address;
  const reads = useMemo((): ExternalRead[] | undefined => {
    if (!me || !payments || !multicall) return undefined;
    return currencies.flatMap((currency) => [
      currency === ETH
        ? { address: multicall, abi: multicall3ViewsAbi, functionName: "getEthBalance", args: [me] }
        : { address: currency, abi: erc20Abi as Abi, functionName: "balanceOf", args: [me] },
      { address: payments, abi: servicePaymentsAbi as Abi, functionName: "creditOf", args: [me, currency] },
    ]);
  }, [me, payments, multicall, currencies]);
  const values = useExternalReads("wallet", reads);
  return useMemo(() => {
    const wallet = new Map<Address, bigint>();
    const credit = new Map<Address, bigint>();
    currencies.forEach((currency, i) => {
      const held = values.data?.[i * 2];
      const owed = values.data?.[i * 2 + 1];
      if (typeof held === "bigint") wallet.set(currency, held);
      if (typeof owed === "bigint") credit.set(currency, owed);
    });
    return { wallet, credit };
  }, [values.data, currencies]);
}
