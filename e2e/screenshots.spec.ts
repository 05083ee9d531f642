import { connectWallet, test } from "./fixtures/test";

// `npm run screenshots` refreshes the README's pictures from the real app; the normal test run skips this.
// records.png is taken on `npm run dev`'s demo data (Carol, unlocked): the e2e chain starts its ledger empty.
test.skip(!process.env.SCREENSHOTS, "only when refreshing docs/screenshots (npm run screenshots)");

for (const [name, path, account] of [
  ["home", "/", "ada"],
  ["resources", "/resources", "ada"],
  ["payments", "/payments", "carol"],
  ["payments-provider", "/payments", "billing"],
] as const) {
  test(`screenshot of the ${name} page`, async ({ page, useWallet }) => {
    await page.setViewportSize({ width: 1280, height: 860 });
    await useWallet(account);
    await page.goto(path);
    await connectWallet(page);
    await page.waitForLoadState("networkidle");
    await page.screenshot({ path: `docs/screenshots/${name}.png`, fullPage: true });
  });
}
