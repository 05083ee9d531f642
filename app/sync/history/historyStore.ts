import { createStore, get, set } from "idb-keyval";
import type { DeployedContract } from "../../contracts/deployment";
import { type EventWindow, parseWindow, serializeWindow } from "./eventWindow";

/**
 * The event windows this browser holds, by chain and deployment: in memory for the page, and in IndexedDB (through
 * idb-keyval) so that a reload costs only the blocks since the last visit.
 */
const idb = typeof indexedDB === "undefined" ? undefined : createStore("carechain", "contract-events");
const windows = new Map<string, EventWindow>();
const listeners = new Set<() => void>();
let version = 0;

/** One key per deployment: the block hash tells a fresh local chain from yesterday's at the same addresses. */
export function historyKey(chainId: number, deployed: DeployedContract): string {
  return `v1:${chainId}:${deployed.address.toLowerCase()}:${deployed.blockHash}`;
}

export function currentWindow(key: string): EventWindow | undefined {
  return windows.get(key);
}

export function loadedKeys(): string[] {
  return [...windows.keys()];
}

const stored = new Map<string, Promise<EventWindow | undefined>>();

/**
 * The window kept for `key`: from memory, else from IndexedDB. The stored copy is read once per page, and may be
 * asked for early (while the head is still on its way), so that opening the database is not on the critical path.
 */
export async function restoreWindow(key: string): Promise<EventWindow | undefined> {
  const inMemory = windows.get(key);
  if (inMemory || !idb) return inMemory;
  let reading = stored.get(key);
  if (!reading) {
    reading = get<string>(key, idb).then(
      (text) => (text ? parseWindow(text) : undefined),
      () => undefined,
    );
    stored.set(key, reading);
  }
  return reading;
}

/** Holds `window` in memory for the page, as the current one of `key` (what was read back from IndexedDB, say). */
export function keepWindow(key: string, window: EventWindow) {
  windows.set(key, window);
  version++;
  for (const listener of listeners) listener();
}

/** Holds `window` in memory and persists it. */
export function saveWindow(key: string, window: EventWindow) {
  keepWindow(key, window);
  // Persisted once the page has drawn the window (serializing a thousand logs takes about 10 ms). Persisting may
  // fail (private mode, quota): the page goes on from memory.
  if (idb) setTimeout(() => set(key, serializeWindow(window), idb).catch(() => {}), 0);
}

export function subscribeWindows(listener: () => void) {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

export function windowsVersion() {
  return version;
}
