import { readFile, rm } from "node:fs/promises";
import path from "node:path";
import { type Address, createPublicClient, http } from "viem";
import { foundry } from "viem/chains";
import { createServer, type ViteDevServer } from "vite";
import type { Deployment } from "../app/contracts/deployment";
import { patientRecordsAbi } from "../app/contracts/generated/patientRecords";
import { resourceAllocationAbi } from "../app/contracts/generated/resourceAllocation";
import { servicePaymentsAbi } from "../app/contracts/generated/servicePayments";
import { type LocalStack, startLocalStack } from "../contracts/script/lib/localStack";
import { repoRoot } from "../contracts/script/lib/paths";
import { addressOf, expect, type PersonaKey, test, walletOf } from "./fixtures/test";

/**
 * The dev stack as `npm run dev` runs it (anvil with its state file, deploy-if-needed, the seed with records, Vite
 * in dev mode) on its own ports and folder. The chain is stopped under an open page and started again: the page
 * recovers without a reload, and the records, allocations and invoices, including ones written just before the
 * stop, are all still there, at the same addresses.
 */
const PORT = 8547;
const APP_PORT = 5183;
const RPC_URL = `http://127.0.0.1:${PORT}`;
const dir = path.join(repoRoot, "e2e/.run/persistence");
const stack = {
  stateFile: path.join(dir, "anvil-state.json"),
  deploymentsDir: path.join(dir, "deployments"),
};

test.describe.configure({ timeout: 240_000 });

const reader = createPublicClient({ chain: foundry, transport: http(RPC_URL), cacheTime: 0 });
const writer = (persona: PersonaKey) => walletOf(persona, RPC_URL);

async function facts() {
  const file = path.join(stack.deploymentsDir, `${foundry.id}.json`);
  const { contracts } = JSON.parse(await readFile(file, "utf8")) as Deployment;
  const records = contracts.PatientRecords?.address as Address;
  const resources = contracts.ResourceAllocation?.address as Address;
  const payments = contracts.ServicePayments?.address as Address;
  const [recordCount, holding, invoiceCount] = await Promise.all([
    reader.readContract({ address: records, abi: patientRecordsAbi, functionName: "recordCount" }),
    reader.readContract({
      address: resources,
      abi: resourceAllocationAbi,
      functionName: "holdingOf",
      args: [0n, 0n],
    }),
    reader.readContract({ address: payments, abi: servicePaymentsAbi, functionName: "invoiceCount" }),
  ]);
  return { addresses: { records, resources, payments }, recordCount, holding, invoiceCount };
}

async function devServer(): Promise<ViteDevServer> {
  process.env.VITE_LOCAL_RPC_URL = RPC_URL;
  process.env.CARECHAIN_DEPLOYMENTS_DIR = stack.deploymentsDir;
  try {
    const server = await createServer({
      configFile: path.join(repoRoot, "vite.config.ts"),
      root: repoRoot,
      server: { port: APP_PORT, strictPort: true },
      logLevel: "warn",
    });
    return await server.listen();
  } finally {
    delete process.env.VITE_LOCAL_RPC_URL;
    delete process.env.CARECHAIN_DEPLOYMENTS_DIR;
  }
}

test("the dev chain stops and starts again under an open page, and keeps every record, allocation and invoice", async ({
  page,
}) => {
  await rm(dir, { recursive: true, force: true });
  let chain: LocalStack | undefined = await startLocalStack({ port: PORT, ...stack, demoRecords: true });
  const app = await devServer();
  try {
    expect(chain.deployed).not.toBeNull();
    const seeded = await facts();
    expect(seeded.recordCount).toBeGreaterThan(0n);

    await page.goto(`http://127.0.0.1:${APP_PORT}/resources`);
    const history = page.getByTestId("allocation-history");
    await expect(history.locator("[data-index]").first()).toBeVisible({ timeout: 60_000 });
    const entriesBefore = Number(await history.getAttribute("data-total"));
    await page.evaluate(() => Object.assign(window, { __sameDocument: true }));

    // Written after the seed, just before the stop.
    await reader.waitForTransactionReceipt({
      hash: await writer("ada").writeContract({
        address: seeded.addresses.resources,
        abi: resourceAllocationAbi,
        functionName: "allocate",
        args: [0n, 0n, 1n],
      }),
    });
    await reader.waitForTransactionReceipt({
      hash: await writer("billing").writeContract({
        address: seeded.addresses.payments,
        abi: servicePaymentsAbi,
        functionName: "createInvoice",
        args: [
          addressOf("carol"),
          "0x0000000000000000000000000000000000000000",
          10n ** 16n,
          BigInt(Math.floor(Date.now() / 1000) + 86_400),
          "0x4350542d39393231330000000000000000000000000000000000000000000000",
          "",
        ],
      }),
    });
    const beforeStop = await facts();
    expect(beforeStop.invoiceCount).toBe(seeded.invoiceCount + 1n);
    expect(beforeStop.holding).toBe(seeded.holding + 1n);

    await chain.anvil.stop();
    chain = undefined;
    await expect(page.getByTestId("node-down-banner")).toContainText("Cannot reach the Local chain node", {
      timeout: 20_000,
    });

    chain = await startLocalStack({ port: PORT, ...stack, demoRecords: true });
    expect(chain.deployed).toBeNull(); // found its contracts on the restored chain: no new deployment, no new seed
    expect(await facts()).toEqual(beforeStop);

    await expect(page.getByTestId("node-down-banner")).toHaveCount(0, { timeout: 20_000 });
    await expect(history).toHaveAttribute("data-total", String(entriesBefore + 1), { timeout: 20_000 });
    expect(await page.evaluate(() => "__sameDocument" in window)).toBe(true);
  } finally {
    await app.close();
    await chain?.anvil.stop();
  }
});
