import { useSyncExternalStore } from "react";
import type { Hash } from "viem";

export type ActivityPhase = "signing" | "pending" | "confirmed" | "failed";

/** One transaction as the user follows it: what it does, where it stands, and the row it acts on, if any. */
export type Activity = {
  id: string;
  action: string;
  phase: ActivityPhase;
  hash?: Hash;
  /** The decoded reason of a failure. */
  detail?: string;
  /** What the transaction acts on ("invoice:5"), so that row can show its own pending state. */
  subject?: string;
};

/** What a transaction is called and, optionally, which row it acts on. */
export type Action = string | { text: string; subject: string };
export const actionText = (action: Action) => (typeof action === "string" ? action : action.text);
export const actionSubject = (action: Action) => (typeof action === "string" ? undefined : action.subject);

const SHOWN = 3;
let activities: readonly Activity[] = [];
const listeners = new Set<() => void>();
let nextId = 0;

function publish(next: readonly Activity[]) {
  activities = next;
  for (const listener of listeners) listener();
}

/** Starts following a transaction; returns its id. It replaces the confirmations before it; failures stay. */
export function startActivity(activity: Omit<Activity, "id">): string {
  const id = `tx-${++nextId}`;
  const kept = activities.filter((earlier) => earlier.phase !== "confirmed");
  publish([{ ...activity, id }, ...kept].slice(0, 10));
  return id;
}

/** Moves a transaction on. A report stays until it is dismissed or a new transaction replaces it. */
export function updateActivity(id: string, change: Partial<Omit<Activity, "id">>) {
  publish(activities.map((activity) => (activity.id === id ? { ...activity, ...change } : activity)));
}

export function dismissActivity(id: string) {
  publish(activities.filter((activity) => activity.id !== id));
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** The newest transactions, for the status area. */
export function useActivities(): readonly Activity[] {
  return useSyncExternalStore(subscribe, () => activities).slice(0, SHOWN);
}

/** The transaction under way on one row (signing or pending), if any. */
export function useActivityOn(subject: string): Activity | undefined {
  return useSyncExternalStore(subscribe, () => activities).find(
    (activity) =>
      activity.subject === subject && (activity.phase === "signing" || activity.phase === "pending"),
  );
}
