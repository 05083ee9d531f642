import path from "node:path";
import type { Page } from "@playwright/test";
import type { Abi, Address } from "viem";
import { build, preview } from "vite";
import { patientRecordsAbi } from "../app/contracts/generated/patientRecords";
import { providerDirectoryAbi } from "../app/contracts/generated/providerDirectory";
import { resourceAllocationAbi } from "../app/contracts/generated/resourceAllocation";
import { servicePaymentsAbi } from "../app/contracts/generated/servicePayments";
import { LIMITS } from "../app/contracts/limits";
import { repoRoot } from "../contracts/script/lib/paths";
import { e2eDeployment } from "./fixtures/deployment";
import { E2E_PROXY_URL, takeProxyTraffic } from "./fixtures/ports";
import { chain, connectWallet, expect, type PersonaKey, test } from "./fixtures/test";
import { TestWallet } from "./fixtures/testWallet";
import { hidePage } from "./fixtures/visibility";

/**
 * The app against a public endpoint's limits (the proxy: 2,000-block logs, 100-call batches, 20 requests/s): each
 * page loads without one refused call, and a page left open reads no logs while no block arrives.
 */
const pages: [string, PersonaKey, string][] = [
  ["/", "ada", "my-roles"],
  ["/resources", "ada", "allocation-history"],
  ["/records", "carol", "public-count"],
  ["/payments", "carol", "my-invoices"],
  ["/payments", "billing", "issued-invoices"],
];

for (const [path, persona, ready] of pages) {
  test(`${path} as ${persona}: within the endpoint's limits, and no log read while idle`, async ({
    actAs,
  }) => {
    await takeProxyTraffic();
    const page = await actAs(persona, path);
    await expect(page.getByTestId(ready).first()).toBeVisible();
    await page.waitForTimeout(1_500);
    const loading = await takeProxyTraffic();
    expect(loading.refused).toEqual([]);
    expect(loading.throttled).toBe(0);
    expect(loading.calls).toBeGreaterThan(0);
    await page.waitForTimeout(5_000);
    const idle = await takeProxyTraffic();
    expect(idle.methods.eth_getLogs ?? 0).toBe(0);
    expect(idle.refused).toEqual([]);
  });
}

/** `work` while anvil mines a block every 2 s, as a public L2 does; mining on demand again after. */
async function onTwoSecondBlocks(work: () => Promise<void>) {
  await chain.setAutomine(false);
  await chain.setIntervalMining({ interval: 2 });
  try {
    await work();
  } finally {
    await chain.setIntervalMining({ interval: 0 });
    await chain.setAutomine(true);
  }
}

/** Once hidden (and what was in flight has landed), the page sends nothing to the node for `ms`. */
async function expectSilentWhileHidden(page: Page, ms: number) {
  await hidePage(page);
  await page.waitForTimeout(500);
  await takeProxyTraffic();
  await page.waitForTimeout(ms);
  expect((await takeProxyTraffic()).httpRequests).toBe(0);
}

test("on 2 s blocks an idle page sends one request a block at most, and none while hidden", async ({
  actAs,
}) => {
  test.setTimeout(90_000);
  const page = await actAs("carol", "/payments");
  await expect(page.getByTestId("my-invoices")).toBeVisible();
  await onTwoSecondBlocks(async () => {
    await page.waitForTimeout(12_000); // the page learns the chain's pace from five heads
    await takeProxyTraffic();
    const from = await chain.getBlockNumber();
    await page.waitForTimeout(30_000);
    const shown = await takeProxyTraffic();
    const blocks = Number((await chain.getBlockNumber()) - from);
    expect(blocks).toBeGreaterThanOrEqual(13);
    // One more than the blocks for the window's edges: a poll just before the first block counted.
    expect(shown.httpRequests).toBeLessThanOrEqual(blocks + 1);
    expect(shown.methods.eth_getLogs ?? 0).toBeLessThanOrEqual(blocks + 1);
    expect(shown.refused).toEqual([]);
    await expectSilentWhileHidden(page, 10_000);
  });
});

/** The app built to take new heads from the node's WebSocket (through the proxy), served beside the e2e build. */
async function webSocketBuild() {
  const outDir = path.join(repoRoot, "e2e/.run/dist-ws");
  const configFile = path.join(repoRoot, "vite.config.ts");
  const before = { ws: process.env.VITE_LOCAL_WS_URL, out: process.env.CARECHAIN_OUT_DIR };
  process.env.VITE_LOCAL_WS_URL = E2E_PROXY_URL.replace("http:", "ws:");
  process.env.CARECHAIN_OUT_DIR = outDir;
  try {
    await build({ configFile, root: repoRoot, logLevel: "warn" });
  } finally {
    process.env.VITE_LOCAL_WS_URL = before.ws;
    process.env.CARECHAIN_OUT_DIR = before.out;
  }
  const server = await preview({
    configFile,
    root: repoRoot,
    build: { outDir },
    preview: { port: WS_APP_PORT, strictPort: true },
    logLevel: "warn",
  });
  return {
    url: `http://127.0.0.1:${WS_APP_PORT}`,
    close: () => new Promise<void>((resolve) => server.httpServer.close(() => resolve())),
  };
}
const WS_APP_PORT = 4183;

test("where the node offers a WebSocket, heads are pushed: an idle page reads only each block's logs, nothing hidden", async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const app = await webSocketBuild();
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await new TestWallet(page, "carol").install();
    await page.goto(`${app.url}/payments`);
    await connectWallet(page);
    await expect(page.getByTestId("my-invoices")).toBeVisible();
    await onTwoSecondBlocks(async () => {
      await page.waitForTimeout(4_000);
      expect((await takeProxyTraffic()).webSockets).toBeGreaterThan(0);
      const from = await chain.getBlockNumber();
      await page.waitForTimeout(20_000);
      const shown = await takeProxyTraffic();
      const blocks = Number((await chain.getBlockNumber()) - from);
      expect(blocks).toBeGreaterThanOrEqual(8);
      // No poll of the head: each pushed head brings one read of its block's logs.
      expect(shown.methods.eth_call ?? 0).toBe(0);
      expect(shown.httpRequests).toBeLessThanOrEqual(blocks + 1);
      expect(shown.methods.eth_getLogs ?? 0).toBeGreaterThanOrEqual(blocks - 1);
      await expectSilentWhileHidden(page, 8_000);
    });
  } finally {
    await context.close();
    await app.close();
  }
});

test("limits.ts holds the deployed contracts' own constants", async () => {
  const { contracts } = e2eDeployment();
  const read = (name: string, abi: Abi, functionName: string) =>
    chain.readContract({
      address: contracts[name]?.address as Address,
      abi,
      functionName,
    }) as Promise<bigint>;
  const expected: [keyof typeof LIMITS, string, Abi, string][] = [
    ["resourceNameBytes", "ResourceAllocation", resourceAllocationAbi, "MAX_NAME_BYTES"],
    ["unitBytes", "ResourceAllocation", resourceAllocationAbi, "MAX_UNIT_BYTES"],
    ["reasonBytes", "ResourceAllocation", resourceAllocationAbi, "MAX_REASON_BYTES"],
    ["holdingsCells", "ResourceAllocation", resourceAllocationAbi, "MAX_HOLDINGS_CELLS"],
    ["pageItems", "ResourceAllocation", resourceAllocationAbi, "MAX_PAGE"],
    ["descriptionBytes", "ServicePayments", servicePaymentsAbi, "MAX_DESCRIPTION_BYTES"],
    ["pageItems", "ServicePayments", servicePaymentsAbi, "MAX_PAGE"],
    ["payloadBytes", "PatientRecords", patientRecordsAbi, "MAX_PAYLOAD_BYTES"],
    ["wrappedKeyBytes", "PatientRecords", patientRecordsAbi, "WRAPPED_KEY_BYTES"],
    ["cardBytes", "PatientRecords", patientRecordsAbi, "MAX_CARD_BYTES"],
    ["pageItems", "PatientRecords", patientRecordsAbi, "MAX_PAGE"],
    ["providerNameBytes", "ProviderDirectory", providerDirectoryAbi, "MAX_NAME_BYTES"],
    ["pageItems", "ProviderDirectory", providerDirectoryAbi, "MAX_PAGE"],
  ];
  for (const [key, name, abi, constant] of expected)
    expect(Number(await read(name, abi, constant)), `${name}.${constant}`).toBe(LIMITS[key]);
});
