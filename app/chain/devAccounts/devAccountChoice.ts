import { useSyncExternalStore } from "react";
import { type Address, UserRejectedRequestError } from "viem";

/**
 * The dev-accounts connector asks the user which account to act as; the picker dialog answers. This tiny store
 * joins the two: the connector awaits `chooseDevAccount()`, the dialog renders while a choice is pending.
 */
type PendingChoice = { resolve: (account: Address) => void; reject: (error: Error) => void };

let pending: PendingChoice | null = null;
const listeners = new Set<() => void>();
const notify = () => {
  for (const listener of listeners) listener();
};

export function chooseDevAccount(): Promise<Address> {
  pending?.reject(new UserRejectedRequestError(new Error("Superseded by a new account choice")));
  return new Promise((resolve, reject) => {
    pending = { resolve, reject };
    notify();
  });
}

export function answerDevAccountChoice(account: Address | null) {
  const current = pending;
  pending = null;
  notify();
  if (!current) return;
  if (account) current.resolve(account);
  else current.reject(new UserRejectedRequestError(new Error("The user closed the dev account picker")));
}

export function useDevAccountChoicePending(): boolean {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => pending !== null,
  );
}
