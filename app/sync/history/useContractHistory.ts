import { useEffect, useState, useSyncExternalStore } from "react";
import { type ContractEventName, parseEventLogs } from "viem";
import { useChainId, useClient } from "wagmi";
import { rpcProfileOf } from "../../chain/chains";
import { deployedContract } from "../../contracts/deployments";
import { type ContractAbi, type ContractName, contractAbis } from "../../contracts/registry";
import { useChainHead } from "../chainHead";
import { currentWindow, historyKey, restoreWindow, subscribeWindows, windowsVersion } from "./historyStore";
import { loadOlder, syncWindow, type WindowSource } from "./syncWindow";

/**
 * One contract's events, newest blocks first read: what this browser kept (IndexedDB), brought up to the head
 * with only the blocks since, then kept current by the chain sync. Older activity is read on request, a few
 * windows of the endpoint's range at a time, back to the deployment.
 */
export function useContractHistory<const name extends ContractName>(name: name) {
  const chainId = useChainId();
  const client = useClient({ chainId });
  const head = useChainHead().data;
  const deployed = deployedContract(chainId, name);
  const key = deployed ? historyKey(chainId, deployed) : undefined;
  useSyncExternalStore(subscribeWindows, windowsVersion);
  const window = key ? currentWindow(key) : undefined;
  const [error, setError] = useState<unknown>(null);
  const [loadingOlder, setLoadingOlder] = useState(false);
  const source: WindowSource | undefined =
    client && deployed ? { client, chainId, deployed, profile: rpcProfileOf(chainId) } : undefined;

  const synced = window !== undefined;
  useEffect(() => {
    if (key) restoreWindow(key);
  }, [key]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `source` is rebuilt every render; its parts are listed
  useEffect(() => {
    if (!source || head === undefined || synced) return;
    syncWindow(source, head).catch(setError);
  }, [key, head, synced, client]);

  const events = useEventsOf(name, window?.logs);
  return {
    events,
    /** The oldest block read so far, and whether anything older exists. */
    fromBlock: window?.from,
    hasOlder: window !== undefined && deployed !== undefined && window.from > BigInt(deployed.blockNumber),
    isLoading: window === undefined && !error,
    error,
    loadingOlder,
    loadOlder: async () => {
      if (!source) return;
      setLoadingOlder(true);
      try {
        await loadOlder(source);
      } catch (caught) {
        setError(caught);
      } finally {
        setLoadingOlder(false);
      }
    },
  };
}

/**
 * Asks for the history this browser kept of a contract, ahead of the render that shows it (see firstReads): opening
 * IndexedDB on a first visit can take longer than the node takes to answer the page's first reads.
 */
export function restoreContractHistory(chainId: number, name: ContractName) {
  const deployed = deployedContract(chainId, name);
  if (deployed) void restoreWindow(historyKey(chainId, deployed));
}

function useEventsOf<const name extends ContractName>(
  name: name,
  logs: Parameters<typeof parseEventLogs>[0]["logs"] | undefined,
) {
  const [cache] = useState(() => new WeakMap<object, unknown>());
  if (!logs) return undefined;
  let decoded = cache.get(logs);
  if (!decoded) {
    decoded = parseEventLogs({ abi: contractAbis[name], logs } as never);
    cache.set(logs, decoded);
  }
  return decoded as ReturnType<
    typeof parseEventLogs<ContractAbi<name>, true, ContractEventName<ContractAbi<name>>>
  >;
}

/** One decoded event of a contract's history. */
export type ContractEvent<name extends ContractName> = NonNullable<
  ReturnType<typeof useContractHistory<name>>["events"]
>[number];
