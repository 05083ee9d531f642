/** Whether the focus has fallen out of the page: onto <body>, as when its button was removed or disabled. */
export const focusLost = () => document.activeElement === null || document.activeElement === document.body;

/** Moves a focus that fell to <body> to `element`; a focus the person placed anywhere else is left alone. */
export function rescueFocus(element: HTMLElement | null | undefined) {
  if (focusLost()) element?.focus();
}

/**
 * For a while after a dialog closes (its own closing animation, another dialog under it closing after), moves a
 * focus that falls to <body> to the element `find` returns then. Returns a function that stops watching.
 */
export function rescueFocusFor(ms: number, find: () => HTMLElement | null) {
  requestAnimationFrame(() => rescueFocus(find()));
  const timer = setInterval(() => rescueFocus(find()), 100);
  const stop = () => clearInterval(timer);
  setTimeout(stop, ms);
  return stop;
}
