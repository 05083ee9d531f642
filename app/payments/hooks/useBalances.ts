import { useMemo, useState } from "react";
import type { Abi, Address } from "viem";
import { useAccount, useChainId, useChains } from "wagmi";
import { erc20Abi, multicall3Abi } from "../../chain/standardAbis";
import { contractAddress } from "../../contracts/deployments";
import { servicePaymentsAbi } from "../../contracts/generated/servicePayments";
import { type ExternalRead, useExternalReads } from "../../sync/reads/useTokenReads";
import { ETH } from "../model";

/**
 * For the connected account, per currency (ETH and token addresses): what the wallet holds (to say before paying
 * whether it is enough) and what the payments contract holds for it (takings or refunds, to withdraw). Asked once
 * `after` holds (the invoices, and so their currencies, are known), beside the invoices' details rather than after
 * them; not in the page's first request, where these eight calls were half of its upload. Until then `loaded` is
 * false and the Pay buttons wait.
 */
export function useBalances(currencies: readonly Address[], { after }: { after: boolean }) {
  const chainId = useChainId();
  const chain = useChains().find((candidate) => candidate.id === chainId);
  const { address: me } = useAccount();
  const payments = contractAddress(chainId, "ServicePayments");
  const multicall = chain?.contracts?.multicall3?.address;
  // Once asked, always: a later page of invoices being read does not hide the balances again.
  const [asked, setAsked] = useState(after);
  if (after && !asked) setAsked(true);
  const reads = useMemo((): ExternalRead[] | undefined => {
    if (!asked || !me || !payments || !multicall) return undefined;
    return currencies.flatMap((currency) => [
      currency === ETH
        ? { address: multicall, abi: multicall3Abi, functionName: "getEthBalance", args: [me] }
        : { address: currency, abi: erc20Abi as Abi, functionName: "balanceOf", args: [me] },
      { address: payments, abi: servicePaymentsAbi as Abi, functionName: "creditOf", args: [me, currency] },
    ]);
  }, [asked, me, payments, multicall, currencies]);
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
    // Read, or failed to be: a payment then relies on its simulation to tell a balance too low.
    return { wallet, credit, loaded: values.data !== undefined || values.isError };
  }, [values.data, values.isError, currencies]);
}
