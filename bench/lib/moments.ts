/**
 * A moment a person can act on: the first button matching it that is visible and usable (on screen or a scroll
 * away, enabled, not covered by anything where it is on screen). `tap` clicks it the moment it is seen, as a
 * person in a hurry would; `after` waits for another moment first.
 */
export type Moment = {
  name: string;
  within?: string;
  text?: string;
  textStarts?: string;
  anyText?: boolean;
  tap?: boolean;
  after?: string;
};

/**
 * Run in the page from before its first script (Playwright's addInitScript, so self-contained): stamps each
 * moment's performance.now() into `window.__moments`. Checked on every DOM change and every 10 ms, since a
 * stylesheet or an animation can make a control usable without changing the DOM.
 */
export function firstSight(moments: Moment[]) {
  const seen: Record<string, number> = {};
  (window as unknown as { __moments: Record<string, number> }).__moments = seen;
  const usable = (button: HTMLButtonElement) => {
    if (button.disabled || button.getAttribute("aria-disabled") === "true") return false;
    if (!button.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return false;
    const box = button.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) return false;
    const x = box.left + box.width / 2;
    const y = box.top + box.height / 2;
    if (x < 0 || y < 0 || x > window.innerWidth || y > window.innerHeight) return true;
    const top = document.elementFromPoint(x, y);
    return top !== null && button.contains(top);
  };
  const matches = (moment: Moment, button: HTMLButtonElement) => {
    const text = button.textContent?.trim() ?? "";
    if (moment.text !== undefined) return text === moment.text;
    if (moment.textStarts !== undefined) return text.startsWith(moment.textStarts);
    return text !== "";
  };
  const check = () => {
    for (const moment of moments) {
      if (seen[moment.name] !== undefined || (moment.after && seen[moment.after] === undefined)) continue;
      const buttons = document.querySelectorAll<HTMLButtonElement>(`${moment.within ?? ""} button`.trim());
      const button = [...buttons].find((candidate) => matches(moment, candidate) && usable(candidate));
      if (!button) continue;
      seen[moment.name] = performance.now();
      if (moment.tap) button.click();
    }
    if (Object.keys(seen).length === moments.length) {
      observer.disconnect();
      clearInterval(timer);
    }
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  const timer = setInterval(check, 10);
}
