import type { Page } from "@playwright/test";

function stampWhenShown([id, count]: readonly [string, string]) {
  const state = window as unknown as { __listShownAt: number };
  state.__listShownAt = 0;
  const observer = new MutationObserver(() => {
    const list = document.querySelector(`[data-testid="${id}"][data-total="${count}"]`);
    if (!list?.querySelector("[data-index]")) return;
    state.__listShownAt = performance.now();
    observer.disconnect();
  });
  observer.observe(document, { subtree: true, childList: true, attributes: true });
}

/**
 * Stamps, inside the page, when the list `testId` first shows `total` entries and at least one row: its
 * `performance.now()` (ms since the navigation began) in `window.__listShownAt`, on this page and every later load.
 */
export async function watchListShown(page: Page, testId: string, total: number) {
  const args = [testId, String(total)] as const;
  await page.addInitScript(stampWhenShown, args);
  await page.evaluate(stampWhenShown, args);
}

/** When the watched list was first on screen (see watchListShown), waiting for it. */
export async function listShownAt(page: Page): Promise<number> {
  await page.waitForFunction(() => (window as unknown as { __listShownAt: number }).__listShownAt > 0, null, {
    timeout: 30_000,
  });
  return page.evaluate(() => (window as unknown as { __listShownAt: number }).__listShownAt);
}

/** Milliseconds from the next click in the page until the watched list is on screen. */
export async function clickToListShown(page: Page, click: () => Promise<void>): Promise<number> {
  await page.evaluate(() =>
    document.addEventListener("click", () => Object.assign(window, { __clickAt: performance.now() }), {
      capture: true,
      once: true,
    }),
  );
  await click();
  const shownAt = await listShownAt(page);
  return shownAt - (await page.evaluate(() => (window as unknown as { __clickAt: number }).__clickAt));
}
