import { createStore, del, get, set } from "idb-keyval";
import type { Address, Hash } from "viem";
import type { ContractName } from "../contracts/registry";

/**
 * Transactions sent and not yet confirmed, per chain and account, in IndexedDB (idb-keyval): a reload, a closed tab
 * or a crash does not lose them, and the app reports each one when it resolves.
 */
export type PendingTransaction = { hash: Hash; action: string; contract: ContractName; subject?: string };

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
    [...list.filter((entry) => entry.hash !== pending.hash), pending],
    idb,
  ).catch(() => {});
}

export async function forgetPending(chainId: number, account: Address, hash: Hash) {
  if (!idb) return;
  const list = (await pendingTransactions(chainId, account)).filter((entry) => entry.hash !== hash);
  await (list.length ? set(keyOf(chainId, account), list, idb) : del(keyOf(chainId, account), idb)).catch(
    () => {},
  );
}
