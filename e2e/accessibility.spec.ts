import type { Locator, Page } from "@playwright/test";
import { keccak256, toHex } from "viem";
import { capabilityRoutes } from "../app/capabilities";
import { patientRecordsAbi } from "../app/contracts/generated/patientRecords";
import { controlsReadAlike, namingViolations, seriousViolations } from "./fixtures/axe";
import { e2eDeployment } from "./fixtures/deployment";
import { tabTo } from "./fixtures/keyboard";
import { devToolsBuilt } from "./fixtures/ports";
import { setUpRecordsKeyByKeyboard } from "./fixtures/recordsKey";
import { chain, expect, type PersonaKey, test, walletOf } from "./fixtures/test";

/**
 * axe-core on every page and the main dialogs, as the people who use them see them: no serious or critical
 * violation of WCAG 2.1 A/AA. Then the main flows by keyboard alone.
 */
const pages: { path: string; as: PersonaKey; ready: (page: Page) => Locator }[] = [
  { path: "/", as: "ada", ready: (page) => page.getByTestId("my-roles") },
  { path: "/resources", as: "ada", ready: (page) => page.getByTestId("allocation-history") },
  { path: "/records", as: "carol", ready: (page) => page.getByTestId("public-count") },
  {
    path: "/records/recover",
    as: "noor",
    ready: (page) => page.getByRole("form", { name: "Read the records of a lost wallet" }),
  },
  { path: "/payments", as: "carol", ready: (page) => page.getByTestId("my-invoices") },
  { path: "/payments/receipt/3", as: "carol", ready: (page) => page.getByText("Invoice #3") },
  { path: "/no-such-page", as: "ada", ready: (page) => page.getByText("Page not found") },
  { path: "/contracts", as: "ada", ready: (page) => page.getByTestId("explorer-address") },
];

test("every route of the app is checked here", () => {
  const checked = pages.map(({ path }) => path);
  for (const { path } of capabilityRoutes(devToolsBuilt())) {
    const pattern = new RegExp(`^${path.replace(/:[^/]+/g, "[^/]+")}$`);
    expect(
      checked.some((candidate) => pattern.test(candidate)),
      path,
    ).toBe(true);
  }
});

for (const { path, as, ready } of pages) {
  test(`${path}: no serious or critical accessibility violation, no unnamed control, no landmark named twice, no two controls read alike, every table captioned`, async ({
    actAs,
  }) => {
    const page = await actAs(as, path);
    await expect(ready(page).first()).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    expect(await namingViolations(page)).toEqual([]);
    expect(await controlsReadAlike(page)).toEqual([]);
    const unnamedTables = await page
      .locator("main table")
      .evaluateAll(
        (tables) =>
          tables.filter((table) => !table.querySelector(":scope > caption")?.textContent?.trim()).length,
      );
    expect(unnamedTables, "tables without a caption").toBe(0);
  });
}

test("the connect dialog and the dev-account picker: no serious or critical accessibility violation", async ({
  page,
}) => {
  await page.goto("/");
  await page
    .getByRole("button", { name: /connect wallet/i })
    .first()
    .click();
  await expect(page.getByRole("dialog")).toBeVisible();
  // RainbowKit draws wallet icons as role="img" without a name (beside the wallet's name in text), which we
  // cannot change from outside; every other rule is checked.
  expect(await seriousViolations(page, "[role=dialog]", ["role-img-alt"])).toEqual([]);
  await page.getByRole("dialog").getByRole("button", { name: "Dev accounts" }).click();
  const picker = page.getByRole("dialog", { name: "Act as a demo account" });
  await expect(picker.getByTestId("dev-account-0")).toBeVisible();
  expect(await seriousViolations(page, "dialog")).toEqual([]);
});

/** Chooses an option of a focused <select> by keyboard: type its first letters. */
async function chooseByKeyboard(page: Page, select: Locator, label: string) {
  await tabTo(page, select);
  await page.keyboard.type(label, { delay: 20 });
  await expect(select.locator("option:checked")).toHaveText(label);
}

test("the main flows by keyboard alone: connect, allocate, set up encryption and allow a doctor, pay a bill", async ({
  page,
  useWallet,
  actAs,
}) => {
  await useWallet("ada");
  await page.goto("/resources");

  // Connect through RainbowKit's dialog.
  await tabTo(page, page.getByRole("button", { name: /connect wallet/i }).first());
  await page.keyboard.press("Enter");
  await tabTo(page, page.getByRole("dialog").getByRole("button", { name: "CareChain Test Wallet" }));
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("rk-account-button")).toBeVisible();

  // Allocate one bed.
  const allocate = page.getByRole("form", { name: "Allocate" });
  await chooseByKeyboard(page, allocate.getByLabel("Resource"), "ICU beds");
  await chooseByKeyboard(page, allocate.getByLabel("Facility"), "Northside Community Clinic");
  await tabTo(page, allocate.getByLabel("Quantity"));
  await page.keyboard.type("1");
  await page.keyboard.press("Enter");
  await expect(page.getByText(/^Confirmed: Allocate/)).toBeVisible();

  // Records, as Carol (connected as in every other test): set up encryption, then allow Dr. Chen, whose own key
  // is registered meanwhile.
  const doctorKey = await walletOf("alice").writeContract({
    address: e2eDeployment().contracts.PatientRecords?.address as `0x${string}`,
    abi: patientRecordsAbi,
    functionName: "registerEncryptionKey",
    args: [keccak256(toHex("Dr. Chen's public key"))],
  });
  await chain.waitForTransactionReceipt({ hash: doctorKey });
  const carol = await actAs("carol", "/records");
  await setUpRecordsKeyByKeyboard(carol);
  const allow = carol.getByTestId("consent").locator("li").first().getByRole("button", { name: "Allow" });
  await expect(allow).toBeEnabled({ timeout: 15_000 });
  await tabTo(carol, allow);
  await carol.keyboard.press("Enter");
  await expect(carol.getByText(/^Confirmed: Allow/)).toBeVisible();

  // Payments: Carol pays invoice #1 from the menu, by keyboard.
  await tabTo(carol, carol.getByRole("link", { name: "Payments" }));
  await carol.keyboard.press("Enter");
  const pay = carol
    .getByTestId("my-invoices")
    .locator('[data-invoice="1"]')
    .getByRole("button", { name: /^Pay / });
  await expect(pay).toBeVisible();
  await tabTo(carol, pay);
  await carol.keyboard.press("Enter");
  await expect(carol.getByText(/^Confirmed: Pay/)).toBeVisible();
});

test("at 200 % zoom the header stays small and column headings keep apart", async ({ actAs }) => {
  const page = await actAs("billing", "/payments");
  await expect(page.getByTestId("issued-invoices")).toBeVisible();
  // A 1280 × 800 window at 200 %: 640 × 400 CSS pixels.
  await page.setViewportSize({ width: 640, height: 400 });
  const header = await page.getByRole("banner").boundingBox();
  expect(header?.height ?? 999, "header height").toBeLessThanOrEqual(100);
  const gaps = await page.locator("main table thead tr").evaluateAll((rows) =>
    rows.flatMap((row) => {
      const texts = [...row.querySelectorAll("th")]
        .filter((cell) => cell.textContent?.trim())
        .map((cell) => {
          const range = document.createRange();
          range.selectNodeContents(cell);
          return { text: cell.textContent?.trim(), box: range.getBoundingClientRect() };
        });
      return texts.slice(1).map((cell, at) => ({
        between: `${texts[at]?.text} | ${cell.text}`,
        gap: Math.round(cell.box.left - (texts[at]?.box.right ?? 0)),
      }));
    }),
  );
  expect(gaps.length).toBeGreaterThan(0);
  expect(gaps.filter(({ gap }) => gap < 8)).toEqual([]);
});

test("the records page's parts head their cards one level down", async ({ actAs }) => {
  const page = await actAs("alice", "/records");
  for (const part of ["As a doctor", "As a patient"]) {
    const region = page.getByRole("region", { name: part, exact: true });
    await expect(region.getByRole("heading", { level: 2 })).toHaveText([part]);
    await expect(region.getByRole("heading", { level: 3 }).first()).toBeVisible();
  }
});
