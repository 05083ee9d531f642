import { useSyncExternalStore } from "react";

/**
 * Whether addresses show in full (a person's choice, kept across visits). Short addresses ("0x7099…79C8") fit a
 * table; a full one is what tells a look-alike apart, and a keyboard has no hover to reveal it.
 */
const STORAGE_KEY = "carechain.fullAddresses";
const listeners = new Set<() => void>();

const stored = () => {
  try {
    return localStorage.getItem(STORAGE_KEY) === "yes";
  } catch {
    return false;
  }
};

export function setFullAddresses(full: boolean) {
  try {
    localStorage.setItem(STORAGE_KEY, full ? "yes" : "no");
  } catch {
    // Private mode without storage: the choice lasts this page.
  }
  for (const listener of listeners) listener();
}

export function useFullAddresses(): boolean {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    stored,
    () => false,
  );
}
