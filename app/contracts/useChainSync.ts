import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import type { Client, Log } from "viem";
import { useChainId, usePublicClient } from "wagmi";
import { rpcProfileOf } from "../chain/chains";
import { getLogs } from "../chain/logs";
import { useChainHead } from "../chain/useChainHead";
import { contractNameAt, deployments } from "./deployments";
import { currentWindow, historyKey } from "./history/historyStore";
import { addHeadLogs, syncWindow } from "./history/syncWindow";
import { scopeKey, scopesTouchedBy } from "./reads/keys";
import { type ContractName, contractNames } from "./registry";

/**
 * The app's one freshness policy. When the polled head moves, one eth_getLogs over every CareChain contract reads
 * the new blocks (and re-reads the last few, in case of a reorganisation); the reads of the contracts that emitted
 * are refreshed, and the event histories kept in this browser grow. No block, no request beyond the head poll.
 */
export function useChainSync() {
  const chainId = useChainId();
  const client = usePublicClient({ chainId });
  const queryClient = useQueryClient();
  const head = useChainHead().data;
  const last = useRef<{ chainId: number; head: bigint } | undefined>(undefined);

  useEffect(() => {
    if (head === undefined || !client) return;
    const previous = last.current?.chainId === chainId ? last.current.head : undefined;
    last.current = { chainId, head };
    if (previous === undefined || head === previous) return;
    const refresh = (names: Iterable<ContractName>) => {
      const scopes = new Set([...names].flatMap(scopesTouchedBy));
      for (const scope of scopes) queryClient.invalidateQueries({ queryKey: scopeKey(chainId, scope) });
    };
    const profile = rpcProfileOf(chainId);
    if (head < previous || head - previous > profile.maxLogRange) {
      // The chain went back, or the tab slept through many blocks: read everything shown again.
      refresh(contractNames);
      syncHistories(client, chainId, head);
      return;
    }
    const from = previous + 1n > BigInt(profile.reorgDepth) ? previous + 1n - BigInt(profile.reorgDepth) : 0n;
    const addresses = Object.values(deployments.get(chainId)?.contracts ?? {}).map(
      (deployed) => deployed.address,
    );
    if (addresses.length === 0) return;
    getLogs(client, { address: addresses }, [from, head], profile.maxLogRange)
      .then((logs) => {
        const fresh = logs.filter((log) => (log.blockNumber ?? 0n) > previous);
        refresh(namesOf(chainId, fresh));
        extendHistories(client, chainId, logs, from, head);
      })
      .catch(() => refresh(contractNames));
  }, [head, chainId, client, queryClient]);
}

function namesOf(chainId: number, logs: readonly Log[]): Set<ContractName> {
  const names = new Set<ContractName>();
  for (const log of logs) {
    const name = contractNameAt(chainId, log.address);
    if (name) names.add(name);
  }
  return names;
}

/** Adds the new blocks' logs to every history this page holds; one that fell behind catches up on its own. */
function extendHistories(client: Client, chainId: number, logs: readonly Log[], from: bigint, head: bigint) {
  for (const [, deployed] of Object.entries(deployments.get(chainId)?.contracts ?? {})) {
    const key = historyKey(chainId, deployed);
    if (!currentWindow(key)) continue;
    const own = logs.filter((log) => log.address.toLowerCase() === deployed.address.toLowerCase());
    if (!addHeadLogs(key, own, from, head)) {
      syncWindow({ client, chainId, deployed, profile: rpcProfileOf(chainId) }, head).catch(() => {});
    }
  }
}

function syncHistories(client: Client, chainId: number, head: bigint) {
  for (const [, deployed] of Object.entries(deployments.get(chainId)?.contracts ?? {})) {
    if (!currentWindow(historyKey(chainId, deployed))) continue;
    syncWindow({ client, chainId, deployed, profile: rpcProfileOf(chainId) }, head).catch(() => {});
  }
}
