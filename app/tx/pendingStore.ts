import { createStore, del, get, set } from "idb-keyval";
import type { Address, Hash } from "viem";
import type { ContractName } from "../contracts/registry";

/**
 * Transactions sent and not yet confirmed, per chain and account, in IndexedDB (idb-keyval): a reload, a closed tab
 * or a crash does not lose them, and the app reports each one when it resolves.
 */
export type PendingTransaction = Sent & { action: string; contract: ContractName; subject?: string };

/**
 * What the wallet returned for something sent: a transaction's hash, or the id of a batch of calls (EIP-5792
 * `wallet_sendCalls`), whose transaction the wallet makes and names later.
 */
export type Sent = { hash: Hash; callsId?: undefined } | { callsId: string; hash?: undefined };

/** One pending entry's name, whichever way it was sent. */
export const sentKey = (sent: Sent) => sent.hash ?? `calls:${sent.callsId}`;

const idb = typeof indexedDB === "undefined" ? undefined : createStore("carechain-pending", "transactions");
const keyOf = (chainId: number, account: Address) => `v1:${chainId}:${account.toLowerCase()}`;

export async function pendingTransactions(chainId: number, account: Address): Promise<PendingTransaction[]> {
  if (!idb) return [];
  return (await get<PendingTransaction[]>(keyOf(chainId, account), idb).catch(() => undefined)) ?? [];
}

export async function rememberPending(chainId: number, account: Address, pending: PendingTransaction) {
  if (!idb) return;
  const list = await pendingTransactions(chainId, account);
  await set(
    keyOf(chainId, account),
    [...list.filter((entry) => sentKey(entry) !== sentKey(pending)), pending],
    idb,
  ).catch(() => {});
}

export async function forgetPending(chainId: number, account: Address, sent: Sent) {
  if (!idb) return;
  const list = (await pendingTransactions(chainId, account)).filter(
    (entry) => sentKey(entry) !== sentKey(sent),
  );
  await (list.length ? set(keyOf(chainId, account), list, idb) : del(keyOf(chainId, account), idb)).catch(
    () => {},
  );
}
