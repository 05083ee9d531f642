import type { Page } from "@playwright/test";
import { frames } from "./fixtures/capabilityFrames";
import { tabTo } from "./fixtures/keyboard";
import { setUpRecordsKey, setUpRecordsKeyByKeyboard } from "./fixtures/recordsKey";
import { addressOf, expect, test } from "./fixtures/test";
import { TEST_WALLET_NAME } from "./fixtures/testWallet";

/**
 * Each role's main journey by keyboard alone (no mouse, no click), as a keyboard and screen-reader user meets it:
 * where the focus is after each action, and what the app's live region said. On a desktop and a phone profile.
 */

/** Everything the live region says from now on, in order. */
async function listen(page: Page) {
  await page.evaluate(() => {
    const said: string[] = [];
    (window as unknown as { __said: string[] }).__said = said;
    const region = document.querySelector('[data-testid="announcer"]');
    if (!region) throw new Error("no live region");
    new MutationObserver(() => {
      const text = region.textContent?.trim();
      if (text) said.push(text);
    }).observe(region, { childList: true, characterData: true, subtree: true });
  });
  return () => page.evaluate(() => (window as unknown as { __said: string[] }).__said);
}

const onPhone = (page: Page) => (page.viewportSize()?.width ?? 1280) < 768;

/** Follows a link of the main navigation by keyboard (through the Menu on a phone). */
async function followNavLink(page: Page, name: string) {
  if (onPhone(page)) {
    const menu = page.getByRole("button", { name: "Menu" });
    await tabTo(page, menu);
    await page.keyboard.press("Enter");
  }
  const link = page.getByRole("navigation", { name: "Main" }).getByRole("link", { name });
  await tabTo(page, link);
  await page.keyboard.press("Enter");
}

/** Connects by keyboard through RainbowKit's dialog, choosing the test wallet. */
async function connectByKeyboard(page: Page) {
  await tabTo(page, page.getByRole("button", { name: /connect wallet/i }).first());
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog");
  // The dialog opens on its first wallet, not on its unnamed content box.
  await expect(dialog.locator('[data-testid^="rk-wallet-option-"]').first()).toBeFocused();
  const wallet = dialog
    .getByRole("button", { name: TEST_WALLET_NAME })
    .or(dialog.getByRole("button", { name: "Browser Wallet" }));
  await expect(wallet.first()).toBeVisible();
  await tabTo(page, wallet.first());
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("rk-account-button")).toBeVisible();
}

/** Where the focus is, in words a failure can show. */
const focusIsOnBody = (page: Page) => page.evaluate(() => document.activeElement === document.body);

test("a link followed by keyboard names the tab, marks the link as current and puts the focus on the heading", async ({
  page,
}) => {
  await page.goto("/");
  await expect(page).toHaveTitle("CareChain");
  await followNavLink(page, "Payments");
  const { title } = frames.payments.en;
  await expect(page).toHaveTitle(`${title} — CareChain`);
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeFocused();
  // The next Tab continues after the heading, not back in the header's navigation.
  await page.keyboard.press("Tab");
  expect(await page.evaluate(() => document.querySelector("header")?.contains(document.activeElement))).toBe(
    false,
  );
  if (onPhone(page)) {
    await tabTo(page, page.getByRole("button", { name: "Menu" }));
    await page.keyboard.press("Enter");
  }
  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(nav.getByRole("link", { name: "Payments" })).toHaveAttribute("aria-current", "page");
  await expect(nav.getByRole("link", { name: "Home" })).not.toHaveAttribute("aria-current", /.*/);
});

test("the phone menu closes on Escape and gives the focus back to its button", async ({ page }) => {
  test.skip(!onPhone(page), "the menu exists on narrow screens");
  await page.goto("/");
  const menu = page.getByRole("button", { name: "Menu" });
  await tabTo(page, menu);
  await page.keyboard.press("Enter");
  await expect(menu).toHaveAttribute("aria-expanded", "true");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Escape");
  await expect(menu).toHaveAttribute("aria-expanded", "false");
  await expect(menu).toBeFocused();
});

test("dev accounts by keyboard: the picker opens on the first account; Escape and a choice leave the focus on the wallet button", async ({
  page,
}) => {
  await page.goto("/");
  const openPicker = async () => {
    await tabTo(page, page.getByRole("button", { name: /connect wallet/i }).first());
    await page.keyboard.press("Enter");
    const devAccounts = page.getByRole("dialog").getByRole("button", { name: "Dev accounts" });
    await expect(devAccounts).toBeVisible();
    await tabTo(page, devAccounts);
    await page.keyboard.press("Enter");
    const picker = page.getByRole("dialog", { name: "Act as a demo account" });
    await expect(picker.getByTestId("dev-account-0")).toBeFocused();
    // No extension asks anything here: the wallet dialog behind does not say so.
    await expect(page.getByText("Confirm connection in the extension")).toBeHidden();
    return picker;
  };
  const picker = await openPicker();
  await page.keyboard.press("Escape");
  await expect(picker).toBeHidden();
  await expect.poll(() => focusIsOnBody(page)).toBe(false);
  // RainbowKit's dialog, if still open, is closed by Escape too: the focus is then on Connect.
  if (await page.getByRole("dialog").count()) await page.keyboard.press("Escape");
  await expect(page.getByRole("button", { name: /connect wallet/i }).first()).toBeFocused();

  await openPicker();
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("rk-account-button")).toBeFocused();
});

test("a patient pays by keyboard: each step is announced, and the focus lands on the report when Pay is gone", async ({
  page,
  useWallet,
}) => {
  await useWallet("carol");
  await page.goto("/payments");
  await connectByKeyboard(page);
  const said = await listen(page);
  const pay = page
    .getByTestId("my-invoices")
    .locator('[data-invoice="1"]')
    .getByRole("button", { name: /^Pay / });
  await expect(pay).toBeEnabled();
  await tabTo(page, pay);
  await page.keyboard.press("Enter");
  const report = page.getByTestId("tx-activity").first();
  await expect(report).toHaveAttribute("data-phase", "confirmed");
  await expect(report).toBeFocused();
  expect(await said()).toEqual([
    expect.stringMatching(/^Pay invoice #1\b.*: confirm in your wallet\.$/),
    expect.stringMatching(/^Pay invoice #1\b.*: sent, waiting for the network\.$/),
    expect.stringMatching(/^Pay invoice #1\b.*: done\.$/),
  ]);
  // The report stays until dismissed; dismissing it by keyboard is one Tab away.
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: /^Dismiss the report on Pay invoice #1/ })).toBeFocused();
});

test("an administrator allocates by keyboard: announced, and the focus never falls to the page's start", async ({
  page,
  useWallet,
}) => {
  await useWallet("ada");
  await page.goto("/resources");
  await connectByKeyboard(page);
  const said = await listen(page);
  const allocate = page.getByRole("form", { name: "Allocate" });
  await tabTo(page, allocate.getByLabel("Resource"));
  await page.keyboard.type("ICU beds", { delay: 20 });
  await tabTo(page, allocate.getByLabel("Facility"));
  await page.keyboard.type("Northside Community Clinic", { delay: 20 });
  await tabTo(page, allocate.getByLabel("Quantity"));
  await page.keyboard.type("1");
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("tx-activity").first()).toHaveAttribute("data-phase", "confirmed");
  expect(await focusIsOnBody(page)).toBe(false);
  await expect.poll(said).toContainEqual(expect.stringMatching(/^Allocate .*: done\.$/));
});

test("a patient sets up encryption by keyboard: the button gone, the focus stays in the page and the unlock is announced", async ({
  page,
  useWallet,
}) => {
  await useWallet("carol");
  await page.goto("/records");
  await connectByKeyboard(page);
  const said = await listen(page);
  await setUpRecordsKeyByKeyboard(page);
  expect(await focusIsOnBody(page)).toBe(false);
  await expect.poll(said).toContain("Records unlocked in this tab.");
});

test("a doctor accepts a patient and adds a record by keyboard: each outcome announced with the patient's name", async ({
  page,
  useWallet,
  actAs,
}) => {
  test.setTimeout(90_000);
  await useWallet("alice");
  await page.goto("/records");
  await connectByKeyboard(page);
  await setUpRecordsKeyByKeyboard(page);

  // The patient, in a browser of her own (not the journey under test), allows Dr. Chen.
  const carol = await actAs("carol", "/records");
  await setUpRecordsKey(carol);
  await carol.getByLabel("Your name").fill("Carol Diaz");
  await carol
    .locator(`[data-doctor="${addressOf("alice")}"]`)
    .getByRole("button", { name: "Allow" })
    .click();
  await expect(carol.getByText(/^Confirmed: Allow/)).toBeVisible();

  const said = await listen(page);
  const request = page.getByTestId("patient-requests").locator(`[data-patient="${addressOf("carol")}"]`);
  const accept = request.getByRole("button", { name: /^Accept / });
  await expect(accept).toBeVisible({ timeout: 15_000 });
  await tabTo(page, accept);
  await page.keyboard.press("Enter");
  await expect
    .poll(said)
    .toContainEqual(expect.stringMatching(/^Accept Carol Diaz \(0x90F7…b906\) as my patient: done\.$/));
  expect(await focusIsOnBody(page)).toBe(false);

  const chip = page.getByTestId("my-patients").locator(`[data-patient="${addressOf("carol")}"]`);
  await tabTo(page, chip);
  await page.keyboard.press("Enter");
  const add = page.getByRole("form", { name: "Add a record" });
  for (const [label, value] of Object.entries({ Diagnosis: "Influenza A", Treatment: "oseltamivir 75 mg" })) {
    await tabTo(page, add.getByLabel(label));
    await page.keyboard.type(value);
  }
  await tabTo(page, add.getByRole("button", { name: "Encrypt and add" }));
  await page.keyboard.press("Enter");
  await expect
    .poll(said, { timeout: 20_000 })
    .toContainEqual(
      expect.stringMatching(/^Add an encrypted record for Carol Diaz \(0x90F7…b906\): done\.$/),
    );
  expect(await focusIsOnBody(page)).toBe(false);
});

test("the inventory chart is named, says where its numbers are, and is no Tab stop", async ({ page }) => {
  await page.goto("/resources");
  const chart = page.getByRole("figure", { name: /The table has the numbers in units/ });
  await expect(chart.locator(".recharts-bar-rectangle").first()).toBeVisible();
  await expect(chart.locator("[role=application], [aria-live]")).toHaveCount(0);
  const stops: string[] = [];
  for (let step = 0; step < 80; step++) {
    await page.keyboard.press("Tab");
    const stop = await page.evaluate(() => {
      const active = document.activeElement;
      if (!active || active === document.body) return "body";
      return active.closest('[data-testid="inventory-chart"]')
        ? `chart ${active.outerHTML.slice(0, 60)}`
        : active.outerHTML.slice(0, 60);
    });
    stops.push(stop);
    if (stop === "body") break;
  }
  expect(stops.filter((stop) => stop.startsWith("chart"))).toEqual([]);
});

test("full addresses are a keypress away, and a screen reader always hears them", async ({ actAs }) => {
  const page = await actAs("carol", "/records");
  const alice = addressOf("alice");
  const row = page.locator(`[data-doctor="${alice}"]`);
  // Short on screen, whole for assistive technology.
  await expect(row.locator(`[data-address="${alice}"] [aria-hidden="true"]`)).toHaveText("0x7099…79C8");
  await expect(row.locator(`[data-address="${alice}"] .sr-only`)).toHaveText(alice);
  const toggle = page.getByRole("button", { name: "Show full addresses" });
  if (onPhone(page)) {
    await tabTo(page, page.getByRole("button", { name: "Menu" }));
    await page.keyboard.press("Enter");
  }
  await tabTo(page, toggle);
  await page.keyboard.press("Enter");
  await expect(toggle).toHaveAttribute("aria-pressed", "true");
  await expect(row.locator(`[data-address="${alice}"]`)).toHaveText(alice);
  // Kept across visits.
  await page.reload();
  await expect(page.locator(`[data-doctor="${alice}"] [data-address="${alice}"]`)).toHaveText(alice);
});
