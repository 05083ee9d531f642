import type { QueryClient } from "@tanstack/react-query";
import type { TransactionReceipt } from "viem";
import type { Config } from "wagmi";
import { getClient } from "wagmi/actions";
import { deployedContract } from "../contracts/deployments";
import type { ContractName } from "../contracts/registry";
import { syncThrough } from "./chainSync";
import { historyKey } from "./history/historyStore";
import { addReceiptLogs } from "./history/syncWindow";
import { scopeKey, scopesTouchedBy } from "./reads/keys";

/**
 * The one way a confirmed transaction's effects reach the app's reads: its own logs join the kept history, the
 * chain sync reads its block once for every contract and refreshes what changed, and the transaction's own
 * contract's reads are refreshed even when its block held no log of it. Awaited, so that "Confirmed" is said only
 * once the lists show it.
 */
export async function settleReceipt(
  config: Config,
  queryClient: QueryClient,
  chainId: number,
  contract: ContractName,
  receipt: TransactionReceipt,
) {
  const deployed = deployedContract(chainId, contract);
  if (deployed) {
    const own = receipt.logs.filter((log) => log.address.toLowerCase() === deployed.address.toLowerCase());
    addReceiptLogs(historyKey(chainId, deployed), own);
  }
  // The chain sync reads the receipt's block once, for every contract, and refreshes what it changed; the head
  // poll then finds nothing new to read.
  const client = getClient(config, { chainId });
  const refreshed = client ? await syncThrough(client, chainId, receipt.blockNumber, queryClient) : new Set();
  if (!refreshed.has(contract)) {
    await Promise.all(
      scopesTouchedBy(contract).map((scope) =>
        queryClient.invalidateQueries({ queryKey: scopeKey(chainId, scope) }),
      ),
    );
  }
}
