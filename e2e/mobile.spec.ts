import type { Locator, Page } from "@playwright/test";
import { seriousViolations } from "./fixtures/axe";
import { setUpRecordsKey } from "./fixtures/recordsKey";
import { expect, test } from "./fixtures/test";
import { expectWalletAreaUnmoved } from "./fixtures/walletArea";

/**
 * The main journey of each capability on a phone (the iPhone and Android projects): the primary action is inside
 * the viewport without a sideways scroll, nothing is wider than the screen or than its card, our controls are at
 * least 44 px tall, and axe finds no serious violation.
 */
test.skip(({ isMobile }) => !isMobile, "phones only: the mobile projects run this file");

async function expectFitsTheScreen(page: Page) {
  const overflow = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const wide = [document.documentElement.scrollWidth > width ? "page" : ""];
    for (const card of document.querySelectorAll("main section, main [id]")) {
      const box = card.getBoundingClientRect();
      if (box.width === 0) continue;
      if (box.right > width + 1) wide.push(`${card.id || card.tagName} ends at ${Math.round(box.right)} px`);
      for (const child of card.querySelectorAll("*")) {
        const inner = child.getBoundingClientRect();
        if (inner.width > 0 && inner.right > box.right + 1 && !child.closest("[data-scrolls]"))
          wide.push(`${child.tagName}.${child.className} in ${card.id || card.tagName}`);
      }
    }
    return wide.filter(Boolean).slice(0, 5);
  });
  expect(overflow).toEqual([]);
}

async function expectInReach(action: Locator) {
  await action.scrollIntoViewIfNeeded();
  const box = await action.boundingBox();
  const viewport = action.page().viewportSize();
  expect(box && viewport).toBeTruthy();
  if (!box || !viewport) return;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
  expect(box.height).toBeGreaterThanOrEqual(44);
}

test("a patient pays in ETH and with a permit from a phone", async ({ actAs }) => {
  const patient = await actAs("carol", "/payments");
  const mine = patient.getByTestId("my-invoices");
  const eth = mine.locator('[data-invoice="1"]').getByRole("button", { name: "Pay 0.05 ETH" });
  await expect(eth).toBeVisible();
  await expectFitsTheScreen(patient);
  await expectInReach(eth);
  await eth.tap();
  await expect(patient.getByText(/^Confirmed: Pay invoice #1/)).toBeVisible();
  await expect(mine.locator('[data-invoice="1"]')).toHaveAttribute("data-status", "paid");

  const permit = mine.locator('[data-invoice="2"]').getByRole("button", { name: "Sign and pay 180 tUSD" });
  await expectInReach(permit);
  await permit.tap();
  await expect(patient.getByText(/^Confirmed: Pay invoice #2/)).toBeVisible();
  await expect(mine.locator('[data-invoice="2"]')).toHaveAttribute("data-status", "paid");
  expect(await seriousViolations(patient)).toEqual([]);
});

test("an administrator allocates from a phone, and the menu reaches every page", async ({ actAs }) => {
  const admin = await actAs("ada", "/resources");
  const form = admin.getByRole("form", { name: "Allocate" });
  await form.getByLabel("Resource").selectOption({ label: "ICU beds" });
  await form.getByLabel("Facility").selectOption({ label: "Northside Community Clinic" });
  await form.getByLabel("Quantity").fill("2");
  const allocate = form.getByRole("button", { name: "Allocate" });
  await expectInReach(allocate);
  await allocate.tap();
  await expect(admin.getByText(/^Confirmed: Allocate 2/)).toBeVisible();
  await expect(admin.getByTestId("allocation-history").locator('[data-index="0"]')).toContainText("ICU beds");
  await expectFitsTheScreen(admin);
  expect(await seriousViolations(admin)).toEqual([]);

  // One line of header (the reports under it go once dismissed), and it stays at the top while the page scrolls.
  await admin.getByRole("button", { name: "Dismiss" }).tap();
  const header = await admin.getByRole("banner").boundingBox();
  expect(header?.height ?? 999).toBeLessThanOrEqual(80);
  await admin.mouse.wheel(0, 3000);
  await expect.poll(() => admin.evaluate(() => window.scrollY)).toBeGreaterThan(500);
  expect((await admin.getByRole("banner").boundingBox())?.y).toBe(0);
  await admin.getByRole("button", { name: "Menu" }).tap();
  await admin.getByRole("link", { name: "Payments" }).tap();
  await expect(admin.getByRole("heading", { level: 1 })).toHaveText("Service payment");
});

test("a doctor adds a record from a phone", async ({ actAs }) => {
  const alice = await actAs("alice", "/records");
  await setUpRecordsKey(alice);
  const carol = await actAs("carol", "/records");
  await setUpRecordsKey(carol);
  await carol.getByLabel("Your name").fill("Carol Diaz");
  const allow = carol.locator("[data-doctor] button", { hasText: "Allow" }).first();
  await expectInReach(allow);
  await allow.tap();
  await expect(carol.getByText(/^Confirmed: Allow/)).toBeVisible();

  await alice.reload();
  await alice.getByRole("button", { name: "Unlock my records" }).tap();
  const request = alice.getByTestId("patient-requests").locator("li", { hasText: "Carol Diaz" });
  await expect(request).toBeVisible({ timeout: 15_000 });
  await request.getByRole("button", { name: /^Accept / }).tap();
  await expect(alice.getByText(/^Confirmed: Accept Carol Diaz/)).toBeVisible();
  await alice
    .getByTestId("my-patients")
    .getByRole("button", { name: /Carol Diaz/ })
    .tap();
  // The chart comes into view with the focus on its heading: the doctor's form is right below, not a screen away.
  const chart = alice.getByRole("heading", { name: /Carol Diaz/, level: 3 });
  await expect(chart).toBeFocused();
  await expect(chart).toBeInViewport();
  await expect(alice.getByTestId("writing-for")).toContainText("Carol Diaz");
  const form = alice.getByRole("form", { name: "Add a record" });
  await form.getByLabel("Diagnosis").fill("Otitis media");
  await form.getByLabel("Treatment").fill("Amoxicillin 500 mg");
  const add = form.getByRole("button", { name: "Encrypt and add" });
  await expectInReach(add);
  await add.tap();
  await expect(alice.getByText(/^Confirmed: Add an encrypted record/)).toBeVisible();
  await expect(alice.getByTestId("record-0")).toContainText("Otitis media", { timeout: 15_000 });
  await expectFitsTheScreen(alice);
  expect(await seriousViolations(alice)).toEqual([]);
});

test("a remembered wallet's placeholder has the shape of RainbowKit's phone buttons: nothing moves", async ({
  page,
  useWallet,
}) => {
  await useWallet("carol");
  await expectWalletAreaUnmoved(page);
});

/** Every visible control under 44 × 44 px (a checkbox or radio counts with its label, which takes the tap too). */
async function smallTargets(page: Page) {
  return page.evaluate(() => {
    const controls = document.querySelectorAll<HTMLElement>(
      "button, a[href], input:not([type=hidden]), select, textarea, summary, [role=button], [tabindex='0']",
    );
    const small: string[] = [];
    for (const control of controls) {
      if (!control.checkVisibility({ visibilityProperty: true }) || control.closest(".sr-only")) continue;
      const target = (control as HTMLInputElement).labels?.[0]?.contains(control)
        ? (control as HTMLInputElement).labels?.[0]
        : control;
      const box = (target ?? control).getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      if (box.height < 43.5 || box.width < 43.5) {
        const name = control.getAttribute("aria-label") ?? control.textContent?.trim().slice(0, 30) ?? "";
        small.push(
          `${control.tagName.toLowerCase()} "${name}" ${Math.round(box.width)}×${Math.round(box.height)}`,
        );
      }
    }
    return small;
  });
}

const everyScreen = [
  { as: "ada", path: "/", ready: "my-roles" },
  { as: "ada", path: "/resources", ready: "allocation-history" },
  { as: "frank", path: "/resources", ready: "allocation-history" },
  { as: "carol", path: "/records", ready: "public-count" },
  { as: "alice", path: "/records", ready: "public-count" },
  { as: "carol", path: "/payments", ready: "my-invoices" },
  { as: "billing", path: "/payments", ready: "issued-invoices" },
  { as: "carol", path: "/payments/receipt/3", ready: "receipt" },
  { as: "ada", path: "/contracts", ready: "explorer-address" },
] as const;

for (const { as, path, ready } of everyScreen) {
  test(`${path} as ${as}: every control is at least 44 × 44 px, no exceptions`, async ({ actAs }) => {
    const page = await actAs(as, path);
    await expect(page.getByTestId(ready).first()).toBeVisible();
    await page.waitForLoadState("networkidle");
    expect(await smallTargets(page)).toEqual([]);
  });
}

for (const { as, path, action, field } of [
  { as: "ada", path: "/resources", action: "Go to Allocate", field: "Resource" },
  { as: "frank", path: "/resources", action: "Go to Request units", field: "Resource" },
  { as: "billing", path: "/payments", action: "Go to Issue an invoice", field: "Patient's address" },
] as const) {
  test(`${path} as ${as}: the main action is reached from the first screen`, async ({ actAs }) => {
    const page = await actAs(as, path);
    const jump = page.getByRole("link", { name: action });
    await expect(jump).toBeVisible();
    const box = await jump.boundingBox();
    expect((box?.y ?? 9_999) + (box?.height ?? 0)).toBeLessThanOrEqual(page.viewportSize()?.height ?? 0);
    await jump.tap();
    const focused = page.locator(":focus");
    await expect(focused).toHaveAccessibleName(field);
    await expect(focused).toBeInViewport();
  });
}
