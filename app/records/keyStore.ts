import { useSyncExternalStore } from "react";
import type { KeyPair } from "./crypto/keys";

/**
 * The unlocked record keys of this browser tab, by account, chain and contract. Memory only: never written to
 * localStorage or anywhere else, so closing the tab locks the records again.
 */
const unlocked = new Map<string, KeyPair>();
const listeners = new Set<() => void>();
let version = 0;

const slot = (account: string, chainId: number, contract: string) =>
  `${account.toLowerCase()}|${chainId}|${contract.toLowerCase()}`;

export function rememberKeyPair(account: string, chainId: number, contract: string, keyPair: KeyPair) {
  unlocked.set(slot(account, chainId, contract), keyPair);
  version++;
  for (const listener of listeners) listener();
}

export function useUnlockedKeyPair(
  account: string | undefined,
  chainId: number,
  contract: string | undefined,
) {
  useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => version,
  );
  return account && contract ? unlocked.get(slot(account, chainId, contract)) : undefined;
}
