import { useSyncExternalStore } from "react";

/**
 * Multi-step actions (approve, then pay) under way, by what they act on ("invoice:5"). A second click while one
 * runs must not start another: React disables the button only after a render, and between two steps nothing is
 * "busy" at all, so a double-click used to send a second approval.
 */
const running = new Set<string>();
const listeners = new Set<() => void>();
const publish = () => {
  for (const listener of listeners) listener();
};

/** Runs `flow` unless a flow on `subject` is already under way, in which case it answers `whileRunning` at once. */
export async function runOnce<result>(
  subject: string,
  flow: () => Promise<result>,
  whileRunning: result,
): Promise<result> {
  if (running.has(subject)) return whileRunning;
  running.add(subject);
  publish();
  try {
    return await flow();
  } finally {
    running.delete(subject);
    publish();
  }
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** Whether a flow on `subject` is under way, for its controls to wait. */
export function useFlowRunning(subject: string): boolean {
  return useSyncExternalStore(subscribe, () => running.has(subject));
}
