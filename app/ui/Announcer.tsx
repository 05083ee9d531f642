import { useSyncExternalStore } from "react";

let message = "";
let serial = 0;
const listeners = new Set<() => void>();

/**
 * Says `text` to screen readers through the app's one live region. The region is emptied first and filled on the
 * next frame, so that the same words said twice (a second payment confirmed) are announced twice.
 */
export function announce(text: string) {
  const mine = ++serial;
  publish("");
  requestAnimationFrame(() => {
    if (mine === serial) publish(text);
  });
}

function publish(next: string) {
  message = next;
  for (const listener of listeners) listener();
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
};

/**
 * The app's one live region, in the frame from the first render (a region inserted with its text already in it is
 * often not read): every step and outcome of a transaction, and what other actions changed, in words.
 */
export function Announcer() {
  const text = useSyncExternalStore(subscribe, () => message);
  return (
    <div aria-live="polite" aria-atomic="true" className="sr-only" data-testid="announcer">
      {text}
    </div>
  );
}
