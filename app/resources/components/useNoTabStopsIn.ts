import { type RefObject, useEffect } from "react";

/**
 * Keeps a drawing's groups out of the Tab order. React listens for focus events on every portal container, and
 * Chrome makes an SVG element with focus listeners a Tab stop: recharts draws its layers through portals into
 * `<g>` elements, so each would be an empty, unnamed stop. Marked `tabindex=-1` as they appear.
 */
export function useNoTabStopsIn(container: RefObject<HTMLElement | null>) {
  useEffect(() => {
    const root = container.current;
    if (!root) return;
    const untab = () => {
      for (const group of root.querySelectorAll("svg g:not([tabindex])"))
        group.setAttribute("tabindex", "-1");
    };
    untab();
    const observer = new MutationObserver(untab);
    observer.observe(root, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [container]);
}
