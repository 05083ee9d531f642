import { useQueryClient } from "@tanstack/react-query";
import { type Client, parseEventLogs } from "viem";
import { useChainId, useConfig } from "wagmi";
import { getClient } from "wagmi/actions";
import { rpcProfileOf } from "../chain/chains";
import { getLogs, type LogFilter } from "../chain/logs";
import { useReadsReady } from "../chain/useReadsReady";
import { contractAddress } from "../contracts/deployments";
import { type ContractName, contractAbis } from "../contracts/registry";
import type { EventLog } from "../contracts/types";
import { readLinkedBlocks, sortWindow, type WalkBounds, walkCache } from "./blockWalk";
import { settledBlock } from "./chainHead";

/** One walk of linked blocks: which list (its cache), which logs, and which of them are links and items. */
export type LinkedBlocksWalk<name extends ContractName, item> = {
  /** Names the list (its owners) within the chain and contract: blocks walked once are kept under it. */
  list: string[];
  filter: LogFilter["topics"];
  linkOf: (event: EventLog<name>) => bigint | undefined;
  itemOf: (event: EventLog<name>) => item | undefined;
  bounds: Omit<WalkBounds, "maxRange">;
};

/**
 * Walks of blocks that a contract links through events (PatientRecords: a pair's share blocks, a patient's blocks
 * of new doctors) on the current chain: each window within the endpoint's range, read once for its links and
 * items, and the blocks past reorganisation depth kept while the app is open.
 */
export function useLinkedBlocks<const name extends ContractName>(name: name) {
  const chainId = useChainId();
  const config = useConfig();
  const queryClient = useQueryClient();
  const ready = useReadsReady();
  const address = contractAddress(chainId, name);
  const walk = <item>({ list, filter, linkOf, itemOf, bounds }: LinkedBlocksWalk<name, item>) => {
    if (!address) throw new Error(`${name} is not deployed on chain ${chainId}`);
    const client = getClient(config, { chainId }) as Client;
    const maxRange = rpcProfileOf(chainId).maxLogRange;
    const readWindow = async (from: bigint, to: bigint) =>
      sortWindow(
        // viem's overloads cannot follow a contract chosen by a type parameter; the logs' type is its ABI's.
        parseEventLogs({
          abi: contractAbis[name],
          logs: await getLogs(client, { address, topics: filter }, [from, to], maxRange),
        } as never) as EventLog<name>[],
        linkOf,
        itemOf,
      );
    const cache = walkCache<item>([chainId, address, ...list].join(":"));
    return readLinkedBlocks(cache, readWindow, {
      ...bounds,
      maxRange,
      settled: settledBlock(queryClient, chainId),
    });
  };
  return { chainId, ready: ready && address !== undefined, walk };
}
