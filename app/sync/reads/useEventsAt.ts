import { useQuery } from "@tanstack/react-query";
import {
  type ContractEventArgs,
  type ContractEventName,
  encodeEventTopics,
  type Hex,
  parseEventLogs,
} from "viem";
import { type Config, useChainId, useConfig } from "wagmi";
import { getClient } from "wagmi/actions";
import { rpcProfileOf } from "../../chain/chains";
import { getLogsAtBlocks } from "../../chain/logs";
import { useReadsReady } from "../../chain/useReadsReady";
import { contractAddress } from "../../contracts/deployments";
import { type ContractAbi, type ContractName, contractAbis } from "../../contracts/registry";
import type { EventLog } from "../../contracts/types";
import { knownLogs, rememberFiltered } from "../blockLogs";
import { logsKey } from "./keys";

type EventArgs<
  name extends ContractName,
  event extends ContractEventName<ContractAbi<name>>,
> = ContractEventArgs<ContractAbi<name>, event>;

const sortedUnique = (blocks: readonly bigint[]) => [...new Set(blocks)].sort((a, b) => (a < b ? -1 : 1));

/**
 * The query of past events of one contract at exactly the given blocks: what `useEventsAt` asks, and what code
 * that has just learnt the blocks (a page of rows) can start before the rows are drawn.
 */
export function eventsAtQuery<
  const name extends ContractName,
  const event extends ContractEventName<ContractAbi<name>>,
>(
  config: Config,
  chainId: number,
  name: name,
  eventName: event,
  args: EventArgs<name, event> | undefined,
  blocks: readonly bigint[],
) {
  const sortedBlocks = sortedUnique(blocks);
  return {
    queryKey: logsKey(chainId, name, eventName, args, sortedBlocks),
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: 30 * 60_000,
    queryFn: async () => {
      const client = getClient(config, { chainId });
      const address = contractAddress(chainId, name);
      if (!client || !address) throw new Error(`${name} is not deployed on chain ${chainId}`);
      const abi = contractAbis[name];
      // Lists of ids are matched here, not in the request: the logs fetched for a block then hold every id of the
      // event there, and a list that gains or loses rows is answered from memory for the blocks it had.
      const fetchArgs = Object.fromEntries(
        Object.entries(args ?? {}).filter(([, value]) => !Array.isArray(value)),
      );
      const topics = encodeEventTopics({ abi, eventName, args: fetchArgs } as never) as (
        | Hex
        | Hex[]
        | null
      )[];
      // Blocks already read (by the chain sync, or for this filter before) are answered from memory.
      const filter = JSON.stringify([address.toLowerCase(), topics]);
      const known = sortedBlocks.map((block) => knownLogs(chainId, block, address, filter));
      const missing = sortedBlocks.filter((_, i) => known[i] === undefined);
      const fetched = missing.length
        ? await getLogsAtBlocks(client, { address, topics }, missing, rpcProfileOf(chainId).maxLogRange)
        : [];
      rememberFiltered(chainId, filter, missing, fetched);
      const logs = [...known.flatMap((entry) => entry ?? []), ...fetched];
      // viem's overloads cannot follow a contract chosen by a type parameter; the result's type is the ABI's.
      const parsed: EventLog<name, event>[] = parseEventLogs({
        abi,
        logs,
        eventName,
        args,
        strict: true,
      } as never);
      return parsed;
    },
  };
}

/**
 * Past events of one contract, fetched from exactly the blocks the contract recorded for them (a record's, an
 * invoice's, a request's), filtered by their indexed arguments. Past logs do not change: each is fetched once.
 */
export function useEventsAt<
  const name extends ContractName,
  const event extends ContractEventName<ContractAbi<name>>,
>(name: name, eventName: event, args: EventArgs<name, event> | undefined, blocks: readonly bigint[]) {
  const chainId = useChainId();
  const config = useConfig();
  const ready = useReadsReady();
  const address = contractAddress(chainId, name);
  return useQuery({
    ...eventsAtQuery(config, chainId, name, eventName, args, blocks),
    enabled: ready && address !== undefined && args !== undefined && blocks.length > 0,
  });
}
