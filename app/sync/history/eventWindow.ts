import type { Log } from "viem";

/**
 * What the app holds of one contract's event history: every log it emitted in blocks [from, to], no gap, in chain
 * order. It grows at the head as blocks arrive and at the tail when the user asks for older activity.
 */
export type EventWindow = { from: bigint; to: bigint; logs: Log[] };

const order = (a: Log, b: Log) =>
  a.blockNumber === b.blockNumber
    ? (a.logIndex ?? 0) - (b.logIndex ?? 0)
    : (a.blockNumber ?? 0n) < (b.blockNumber ?? 0n)
      ? -1
      : 1;

/**
 * Sets the logs of blocks [from, to], all of them, at the head. Those blocks are replaced, not added to: re-reading
 * the last few blocks on every sync is how a reorganisation that dropped or moved a log is undone.
 */
export function withHead(window: EventWindow, logs: readonly Log[], from: bigint, to: bigint): EventWindow {
  if (from > window.to + 1n) throw new Error(`gap between block ${window.to} and ${from}`);
  const kept = window.logs.filter((log) => (log.blockNumber ?? 0n) < from || (log.blockNumber ?? 0n) > to);
  return { from: window.from, to: to > window.to ? to : window.to, logs: [...kept, ...logs].sort(order) };
}

/**
 * Adds some logs of one block (a receipt's) without claiming the whole block: the next sync reads that block in
 * full anyway. Logs already held are not doubled.
 */
export function withLogs(window: EventWindow, logs: readonly Log[]): EventWindow {
  const id = (log: Log) => `${log.transactionHash}:${log.logIndex}`;
  const held = new Set(window.logs.map(id));
  const fresh = logs.filter((log) => !held.has(id(log)) && (log.blockNumber ?? 0n) >= window.from);
  return fresh.length === 0 ? window : { ...window, logs: [...window.logs, ...fresh].sort(order) };
}

/** Adds the logs of older blocks [from, window.from - 1]. */
export function withOlder(window: EventWindow, logs: readonly Log[], from: bigint): EventWindow {
  return { from, to: window.to, logs: [...logs, ...window.logs].sort(order) };
}

/** Drops what lies above `head`: the chain went back (a deep reorganisation, or a local chain reverted). */
export function below(window: EventWindow, head: bigint): EventWindow | undefined {
  if (window.from > head) return undefined;
  return { from: window.from, to: head, logs: window.logs.filter((log) => (log.blockNumber ?? 0n) <= head) };
}

/** JSON that survives IndexedDB and a reload: bigints written as decimal strings. */
export function serializeWindow(window: EventWindow): string {
  return JSON.stringify(window, (_, value) => (typeof value === "bigint" ? { $n: value.toString() } : value));
}

export function parseWindow(text: string): EventWindow {
  return JSON.parse(text, (_, value) =>
    value && typeof value === "object" && typeof value.$n === "string" ? BigInt(value.$n) : value,
  ) as EventWindow;
}
