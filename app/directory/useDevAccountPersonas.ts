import { useQuery } from "@tanstack/react-query";
import { type Address, getAddress } from "viem";
import { useClient } from "wagmi";
import { localChain } from "../chain/chains";
import { demoPersonas } from "./demoCast";

/** anvil's development accounts, in order, each with its demo persona (if any). */
export function useDevAccountPersonas(enabled: boolean) {
  const client = useClient({ chainId: localChain.id });
  const accounts = useQuery({
    queryKey: ["devAccounts", localChain.id],
    enabled: enabled && client !== undefined,
    queryFn: async () => {
      if (!client) throw new Error("The local chain is not configured");
      // eth_accounts is a wallet method that viem's client does not type for a node; anvil answers it.
      const addresses = (await client.request({ method: "eth_accounts" } as never)) as Address[];
      return addresses.map((address) => getAddress(address));
    },
    retry: false,
    staleTime: Number.POSITIVE_INFINITY,
  });
  const list = (accounts.data ?? []).map((address, index) => ({
    address,
    index,
    persona: demoPersonas.find((persona) => persona.accountIndex === index),
  }));
  return {
    accounts: list,
    addresses: accounts.data,
    isLoading: accounts.isLoading,
    isError: accounts.isError,
  };
}
