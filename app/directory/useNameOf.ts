import { useQueryClient } from "@tanstack/react-query";
import type { Address } from "viem";
import { useChainId, useConfig } from "wagmi";
import type { ViewResult } from "../contracts/types";
import { shortAddress } from "../ui/format";
import { listedName, partyQuery } from "./useParty";

/**
 * Names an address in words a transaction report can carry: "Dr. Alice Chen (0x7099…79C8)" when the directory has
 * the account (its entry is already read wherever the address was shown), else the short address. Synchronous:
 * a report's words are fixed when it starts.
 */
export function useNameOf() {
  const config = useConfig();
  const chainId = useChainId();
  const queryClient = useQueryClient();
  return (address: Address) => {
    const { queryKey } = partyQuery(config, chainId, address);
    const entry = queryClient.getQueryData<ViewResult<"ProviderDirectory", "entriesOf">>(queryKey)?.[0];
    const name = listedName(entry);
    return name ? `${name} (${shortAddress(address)})` : shortAddress(address);
  };
}
