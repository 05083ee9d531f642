import { useSyncExternalStore } from "react";
import { useAccount } from "wagmi";

let firstPageLoaded = false;
const listeners = new Set<() => void>();

/** Called once the code of the page opened first has loaded (or failed to). */
export function markFirstPageLoaded() {
  firstPageLoaded = true;
  for (const listener of listeners) listener();
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/**
 * Whether the first page's code is there. Until then the frame shows a plain "Loading" rather than suspending: a
 * suspended page would be revealed up to 300 ms late (React throttles fallbacks), and its first reads with it.
 */
export function useFirstPageLoaded(): boolean {
  return useSyncExternalStore(subscribe, () => firstPageLoaded);
}

/**
 * Whether reads may start: once the first page's code is there, and not while a wallet is connecting before its
 * account is known. On load wagmi knows the account from the last visit (its stored connection) before the wallet
 * has answered: reads start with it, and follow the wallet if it answers with another. A page's first reads all
 * depend on who is connected, and the head (read by the frame) should travel with them: they all leave together,
 * in one request.
 */
export function useReadsReady(): boolean {
  const { status, address } = useAccount();
  const pageLoaded = useFirstPageLoaded();
  return pageLoaded && (address !== undefined || (status !== "reconnecting" && status !== "connecting"));
}
