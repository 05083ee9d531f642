/**
 * `npm run dev [-- --fresh]`: one command for the whole local stack. Starts anvil on 127.0.0.1:8545 with its state
 * kept in .carechain/, deploys and seeds when needed, serves the app with Vite, and stops everything on Ctrl-C.
 */
import { mkdir, rm } from "node:fs/promises";
import path from "node:path";
import { createWalletClient, http } from "viem";
import { createServer } from "vite";
import { demoPersonas } from "../../app/directory/demoCast";
import { buildContracts } from "./lib/build";
import { defaultDeploymentsDir, devStateDir, repoRoot } from "./lib/paths";

const ANVIL_PORT = 8545;
const stateFile = path.join(devStateDir, "anvil-state.json");
const log = (message: string) => console.log(`\x1b[36m[carechain]\x1b[0m ${message}`);

async function main() {
  if (process.argv.includes("--fresh")) {
    await rm(stateFile, { force: true });
    log("Starting from a fresh chain (--fresh).");
  }
  await mkdir(devStateDir, { recursive: true });
  log("Building contracts and typed bindings…");
  await buildContracts();
  // Loaded only now: the seed imports the ABIs that buildContracts has just generated (a fresh clone has none).
  const { startLocalStack } = await import("./lib/localStack");
  const { anvil } = await startLocalStack({
    port: ANVIL_PORT,
    stateFile,
    deploymentsDir: defaultDeploymentsDir,
    demoRecords: true,
    log,
  });

  const closers: (() => Promise<unknown>)[] = [anvil.stop];
  let stopping = false;
  const stop = async (exitCode: number) => {
    if (stopping) return;
    stopping = true;
    log("Stopping: saving the chain state…");
    await Promise.allSettled(closers.map((close) => close()));
    process.exit(exitCode);
  };
  process.on("SIGINT", () => stop(0));
  process.on("SIGTERM", () => stop(0));

  try {
    const vite = await createServer({ configFile: path.join(repoRoot, "vite.config.ts"), root: repoRoot });
    closers.push(() => vite.close());
    await vite.listen();
    const url = vite.resolvedUrls?.local[0] ?? "http://127.0.0.1:5173/";
    await printDemoAccounts(anvil.rpcUrl);
    log(`Chain: ${anvil.rpcUrl} (chain id 31337), state in ${path.relative(repoRoot, stateFile)}`);
    log(
      `App:   \x1b[1m${url}\x1b[0m  — connect with "Dev accounts" in the wallet list. Ctrl-C stops everything.`,
    );
  } catch (error) {
    console.error(error);
    await stop(1);
  }
}

async function printDemoAccounts(rpcUrl: string) {
  const accounts = await createWalletClient({ transport: http(rpcUrl) }).getAddresses();
  console.log("\nDemo accounts (anvil's unlocked development accounts):");
  console.table(
    demoPersonas.map((persona) => ({
      name: persona.name,
      kind: persona.kind,
      roles: persona.roles.join(", ") || "—",
      address: accounts[persona.accountIndex],
    })),
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
