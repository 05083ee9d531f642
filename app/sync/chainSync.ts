import type { QueryClient } from "@tanstack/react-query";
import type { Client, Log } from "viem";
import { rpcProfileOf } from "../chain/chains";
import { getLogs } from "../chain/logs";
import { type ContractName, contractNames } from "../contracts/contractNames";
import { contractNameAt, deployments } from "../contracts/deployments";
import { forgetAbove, isNewLog, rememberBlocks } from "./blockLogs";
import { takeHeadLogs } from "./headPoll";
import { currentWindow, historyKey } from "./history/historyStore";
import { addHeadLogs, syncWindow } from "./history/syncWindow";
import { scopeKey, scopesTouchedBy } from "./reads/keys";

const synced = new Map<number, bigint>();
const running = new Map<number, Promise<Set<ContractName>>>();

/** The first block the next sync reads (the last few again, for reorganisations); undefined before the first. */
export function nextSyncFrom(chainId: number): bigint | undefined {
  const last = synced.get(chainId);
  return last === undefined ? undefined : fromAfter(last, BigInt(rpcProfileOf(chainId).reorgDepth));
}

const fromAfter = (last: bigint, reorgDepth: bigint) =>
  last + 1n > reorgDepth ? last + 1n - reorgDepth : 0n;

/**
 * Brings the app up to block `head`: one eth_getLogs over every CareChain contract for the blocks since the last
 * sync (and the last few again, in case of a reorganisation), which refreshes the reads of the contracts that
 * emitted (awaited), feeds the recent-block cache and grows the event histories this page holds. Called when the
 * polled head moves and when a transaction confirms, so a block is read once whichever sees it first. Resolves
 * with the contracts whose reads were refreshed.
 */
export function syncThrough(client: Client, chainId: number, head: bigint, queryClient: QueryClient) {
  const previous = running.get(chainId) ?? Promise.resolve(new Set<ContractName>());
  const next = previous
    .catch(() => new Set<ContractName>())
    .then(() => sync(client, chainId, head, queryClient));
  running.set(chainId, next);
  return next;
}

async function sync(
  client: Client,
  chainId: number,
  head: bigint,
  queryClient: QueryClient,
): Promise<Set<ContractName>> {
  const last = synced.get(chainId);
  const touched = new Set<ContractName>();
  const refresh = async (names: Iterable<ContractName>) => {
    for (const name of names) touched.add(name);
    const scopes = new Set([...touched].flatMap(scopesTouchedBy));
    await Promise.all(
      [...scopes].map((scope) => queryClient.invalidateQueries({ queryKey: scopeKey(chainId, scope) })),
    );
  };
  // The first head this page sees: what it reads from now on is already that fresh.
  if (last === undefined) {
    synced.set(chainId, head);
    return touched;
  }
  if (head === last) return touched;
  const profile = rpcProfileOf(chainId);
  if (head < last || head - last > profile.maxLogRange) {
    // The chain went back, or the tab slept through many blocks: read everything shown again.
    synced.set(chainId, head);
    forgetAbove(chainId, head);
    await refresh(contractNames);
    for (const deployed of Object.values(deployments.get(chainId)?.contracts ?? {})) {
      if (currentWindow(historyKey(chainId, deployed)))
        syncWindow({ client, chainId, deployed, profile }, head).catch(() => {});
    }
    return touched;
  }
  const from = fromAfter(last, BigInt(profile.reorgDepth));
  const addresses = Object.values(deployments.get(chainId)?.contracts ?? {}).map(
    (deployed) => deployed.address,
  );
  if (addresses.length === 0) return touched;
  const logs =
    (await logsOfHeadPoll(chainId, from, head)) ??
    (await getLogs(client, { address: addresses }, [from, head], profile.maxLogRange));
  synced.set(chainId, head);
  // Refreshed for what is new: a later block, or a block read before that now holds other logs (a reorganisation).
  const fresh = logs.filter((log) => (log.blockNumber ?? 0n) > last || isNewLog(chainId, log));
  rememberBlocks(chainId, from, head, logs);
  extendHistories(client, chainId, logs, from, head);
  await refresh(namesOf(chainId, fresh));
  return touched;
}

/** The logs of [from, head] the head poll already read, if it read from `from` or earlier and succeeded. */
async function logsOfHeadPoll(chainId: number, from: bigint, head: bigint): Promise<Log[] | undefined> {
  const offered = takeHeadLogs(chainId);
  if (!offered || offered.from > from) return undefined;
  const logs = await offered.logs.catch(() => undefined);
  return logs?.filter(
    (log) => log.blockNumber !== null && log.blockNumber >= from && log.blockNumber <= head,
  );
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
  for (const deployed of Object.values(deployments.get(chainId)?.contracts ?? {})) {
    const key = historyKey(chainId, deployed);
    if (!currentWindow(key)) continue;
    const own = logs.filter((log) => log.address.toLowerCase() === deployed.address.toLowerCase());
    if (!addHeadLogs(key, own, from, head)) {
      syncWindow({ client, chainId, deployed, profile: rpcProfileOf(chainId) }, head).catch(() => {});
    }
  }
}
