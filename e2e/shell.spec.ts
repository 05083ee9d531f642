import type { Page } from "@playwright/test";
import { type Abi, getAbiItem, toFunctionSelector } from "viem";
import { capabilitiesOf } from "../app/capabilities";
import { careRolesAbi } from "../app/contracts/generated/careRoles";
import { resourceAllocationAbi } from "../app/contracts/generated/resourceAllocation";
import { servicePaymentsAbi } from "../app/contracts/generated/servicePayments";
import { frames } from "./fixtures/capabilityFrames";
import { devToolsBuilt, E2E_PROXY_PORT, E2E_PROXY_URL } from "./fixtures/ports";
import { connectWallet, expect, test } from "./fixtures/test";
import { TEST_WALLET_NAME } from "./fixtures/testWallet";
import { expectWalletAreaUnmoved, holdRainbowKit } from "./fixtures/walletArea";

test("every page is reachable from the navigation and an unknown path says so", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/Healthcare on smart contracts/);
  const nav = page.getByRole("navigation", { name: "Main" });
  // Every capability with a place in the navigation (app/capabilities.ts), home last, by the names it gives itself.
  const entries = capabilitiesOf(devToolsBuilt()).filter((capability) => capability.nav);
  await expect(nav.getByRole("link")).toHaveCount(entries.length);
  for (const { name } of [
    ...entries.filter(({ name }) => name !== "home"),
    ...entries.filter(({ name }) => name === "home"),
  ]) {
    const { nav: link, title } = frames[name].en;
    await nav.getByRole("link", { name: link }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      name === "home" ? "Healthcare on smart contracts, with the patient in control" : title,
    );
  }
  await page.goto("/no-such-page");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
});

test("the language switch translates the app and is remembered", async ({ page }) => {
  await page.goto("/");
  await page.getByLabel("Language").selectOption("zh-CN");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("运行在智能合约上的医疗服务，由患者掌控");
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await page.reload();
  await expect(page.getByRole("link", { name: "资源", exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: "连接钱包" })).toBeVisible();
});

test("without a WalletConnect project id the page talks to no host but this machine", async ({
  page,
  useWallet,
}) => {
  const hosts = new Set<string>();
  page.on("request", (request) => {
    if (!request.url().startsWith("data:")) hosts.add(new URL(request.url()).hostname);
  });
  await useWallet("ada");
  await page.goto("/");
  await connectWallet(page);
  await page.getByRole("link", { name: "Payments" }).click();
  await page.waitForLoadState("networkidle");
  expect([...hosts]).toEqual(["127.0.0.1"]);
});

test("a wallet on an unsupported network is asked to switch, and switching clears the prompt", async ({
  page,
  useWallet,
}) => {
  const wallet = await useWallet("ada");
  await page.goto("/");
  await connectWallet(page);
  await wallet.switchNetwork(1);
  const banner = page.getByTestId("wrong-network-banner");
  await expect(banner).toContainText("Your wallet is on a network CareChain does not support.");
  await banner.getByRole("button", { name: "Switch to Local chain" }).click();
  await expect(banner).toHaveCount(0);
  await expect(page.getByTestId("my-roles")).toContainText("Administrator");
});

test("an unreachable node shows a banner that clears by itself when the node is back", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const rpc = `http://127.0.0.1:${E2E_PROXY_PORT}/**`;
  await page.route(rpc, (route) => route.abort("connectionrefused"));
  await expect(page.getByTestId("node-down-banner")).toContainText("Cannot reach the Local chain node");
  await page.unroute(rpc);
  await expect(page.getByTestId("node-down-banner")).toHaveCount(0, { timeout: 15_000 });
  await expect(page.getByText("Connection to the node restored.")).toBeVisible();
});

test("a newcomer without a wallet extension acts as a demo doctor through the dev accounts", async ({
  page,
}) => {
  await page.goto("/");
  await page
    .getByRole("button", { name: /connect wallet/i })
    .first()
    .click();
  await page.getByRole("dialog").getByRole("button", { name: "Dev accounts" }).click();

  const picker = page.getByRole("dialog", { name: "Act as a demo account" });
  await expect(picker.getByTestId("dev-account-1")).toContainText("Dr. Alice Chen");
  await expect(picker.getByTestId("dev-account-1")).toContainText("Doctor");
  await expect(picker.getByTestId("dev-account-0")).toContainText("Administrator");
  await picker.getByTestId("dev-account-1").click();

  await expect(page.getByTestId("who-am-i")).toContainText("Dr. Alice Chen");
  await expect(page.getByTestId("my-roles")).toHaveText("Doctor");

  await page.getByRole("button", { name: "Switch account" }).click();
  await page.getByRole("dialog", { name: "Act as a demo account" }).getByTestId("dev-account-0").click();
  await expect(page.getByTestId("who-am-i")).toContainText("Ada Okafor");
  await expect(page.getByTestId("my-roles")).toContainText("Administrator");
  await page.reload();
  await expect(page.getByTestId("who-am-i")).toContainText("Ada Okafor");
});

test("a returning wallet's page code downloads with the app, and the wallet dialogs' after the page's reads; a first visit's page code only after the app", async ({
  page,
  useWallet,
}) => {
  const preloaded = page.locator('link[rel="modulepreload"][data-preload="route"]');
  await useWallet("carol");
  await page.goto("/payments");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Service payment");
  await expect(preloaded).toHaveCount(0);
  await connectWallet(page);
  const requested: string[] = [];
  page.on("request", (request) => requested.push(request.postData() ?? request.url()));
  await page.reload();
  await expect(page.getByTestId("my-invoices")).toBeVisible();
  const files = await preloaded.evaluateAll((links) => links.map((link) => link.getAttribute("href")));
  expect(files).toContainEqual(expect.stringMatching(/\/assets\/PaymentsPage-[\w-]+\.js$/));
  expect(files).not.toContainEqual(expect.stringMatching(/\/assets\/(forms|RecordsPage)-/));
  // RainbowKit's code takes no bandwidth from the invoices: it is fetched after their details.
  await expect(page.getByTestId("rk-account-button")).toBeVisible();
  const invoiceDetails = requested.findIndex((entry) => entry.includes('"eth_getLogs"'));
  const rainbowKit = requested.findIndex((entry) => /\/RainbowKitButton-[\w-]+\.js$/.test(entry));
  expect(invoiceDetails).toBeGreaterThan(-1);
  expect(rainbowKit).toBeGreaterThan(invoiceDetails);
});

/** The app's first request to the node after a reload of `path`: its body, and whether the page had rendered. */
async function firstNodeRequest(page: Page, path: string, shown: string) {
  await page.goto(path);
  await connectWallet(page);
  await page.addInitScript((node) => {
    const state = window as unknown as { __firstRead?: { rendered: boolean; body: string } };
    const fetch = window.fetch.bind(window);
    window.fetch = (input, init) => {
      if (String(input).startsWith(node) && !state.__firstRead)
        state.__firstRead = { rendered: document.querySelector("h1") !== null, body: String(init?.body) };
      return fetch(input, init);
    };
  }, E2E_PROXY_URL);
  await page.reload();
  await expect(page.locator(shown).first()).toBeVisible();
  return page.evaluate(() => (window as { __firstRead?: { rendered: boolean; body: string } }).__firstRead);
}

const selectorOf = (abi: Abi, name: string) =>
  toFunctionSelector(getAbiItem({ abi, name }) as never).slice(2);

test("a returning patient's invoices, roles and the payments' state are asked before the page first renders, in the first request to the node", async ({
  page,
  useWallet,
}) => {
  await useWallet("carol");
  const first = await firstNodeRequest(page, "/payments", '[data-testid="my-invoices"] [data-ready="true"]');
  expect(first?.rendered).toBe(false);
  expect(first?.body).toContain(selectorOf(careRolesAbi, "rolesOf"));
  for (const view of ["invoicesOfPatient", "invoicesOfProvider", "allowedTokens", "paused"])
    expect(first?.body).toContain(selectorOf(servicePaymentsAbi, view));
});

test("a returning administrator's inventory, requests and roles are asked before the page first renders, in the first request to the node", async ({
  page,
  useWallet,
}) => {
  await useWallet("ada");
  const first = await firstNodeRequest(
    page,
    "/resources",
    '[data-testid="allocation-history"] [data-index="0"]',
  );
  expect(first?.rendered).toBe(false);
  expect(first?.body).toContain(selectorOf(careRolesAbi, "rolesOf"));
  for (const view of ["resources", "facilities", "holdings", "requestsBefore"])
    expect(first?.body).toContain(selectorOf(resourceAllocationAbi, view));
});

test("the wallet button answers before RainbowKit's code has arrived: a click opens its dialog once it has", async ({
  page,
  useWallet,
}) => {
  await useWallet("carol");
  const release = await holdRainbowKit(page);
  await page.goto("/");
  const placeholder = page.getByTestId("wallet-button-placeholder");
  await expect(placeholder).toHaveText("Connect Wallet");
  await placeholder.click();
  await expect(page.getByRole("dialog")).toHaveCount(0);
  release();
  await expect(page.getByRole("dialog").getByRole("button", { name: TEST_WALLET_NAME })).toBeVisible();
  await expect(placeholder).toHaveCount(0);
});

test("a remembered wallet's placeholder has the shape of RainbowKit's buttons: nothing moves when they arrive", async ({
  page,
  useWallet,
}) => {
  await useWallet("carol");
  await expectWalletAreaUnmoved(page);
});
