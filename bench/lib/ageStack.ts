import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { build, type PreviewServer, preview } from "vite";
import type { Deployment } from "../../app/contracts/deployment";
import { buildContracts } from "../../contracts/script/lib/build";
import { repoRoot } from "../../contracts/script/lib/paths";
import { startRpcProxy } from "../../e2e/fixtures/rpcProxy";

const runDir = path.join(repoRoot, "bench/.run");
const GENESIS_BLOCK = 15_000_000;

/** One build of the app, told that the contracts were deployed `age` blocks before the chain's real deployment. */
export type AgedApp = { age: number; url: string };

/**
 * A chain that starts at block 15,000,000 with CareChain deployed and seeded on it, a proxy with a public endpoint's
 * limits in front of it, and one production build of the app per age, each given a deployment record that says the
 * contracts were deployed `age` blocks earlier than they were: the app cannot tell how the head got so far ahead.
 */
export async function startAgedStack({
  ages,
  anvilPort,
  proxyPort,
  appPort,
}: {
  ages: number[];
  anvilPort: number;
  proxyPort: number;
  appPort: number;
}) {
  await buildContracts();
  const { startLocalStack } = await import("../../contracts/script/lib/localStack");
  const realDir = path.join(runDir, "deployments");
  await rm(runDir, { recursive: true, force: true });
  const { anvil } = await startLocalStack({
    port: anvilPort,
    deploymentsDir: realDir,
    genesisBlock: GENESIS_BLOCK,
  });
  const proxy = await startRpcProxy({ port: proxyPort, upstream: anvil.rpcUrl });
  const servers: PreviewServer[] = [];
  const apps: AgedApp[] = [];
  try {
    const deployment = JSON.parse(await readFile(path.join(realDir, "31337.json"), "utf8")) as Deployment;
    for (const [i, age] of ages.entries()) {
      const dir = path.join(runDir, `age-${age}`);
      await mkdir(path.join(dir, "deployments"), { recursive: true });
      const aged: Deployment = {
        ...deployment,
        contracts: Object.fromEntries(
          Object.entries(deployment.contracts).map(([name, deployed]) => [
            name,
            { ...deployed, blockNumber: deployed.blockNumber - age },
          ]),
        ),
      };
      await writeFile(path.join(dir, "deployments/31337.json"), JSON.stringify(aged, null, 2));
      process.env.CARECHAIN_DEPLOYMENTS_DIR = path.join(dir, "deployments");
      process.env.CARECHAIN_OUT_DIR = path.join(dir, "dist");
      process.env.VITE_LOCAL_RPC_URL = proxy.url;
      const configFile = path.join(repoRoot, "vite.config.ts");
      await build({ configFile, root: repoRoot, logLevel: "error" });
      const port = appPort + i;
      servers.push(
        await preview({ configFile, root: repoRoot, preview: { port, strictPort: true }, logLevel: "error" }),
      );
      apps.push({ age, url: `http://127.0.0.1:${port}` });
    }
  } catch (error) {
    await Promise.all(servers.map((server) => server.close()));
    await proxy.stop();
    await anvil.stop();
    throw error;
  }
  const contracts = JSON.parse(await readFile(path.join(realDir, "31337.json"), "utf8")) as Deployment;
  return {
    anvil,
    proxy,
    apps,
    deployment: contracts,
    stop: async () => {
      await Promise.all(
        servers.map((server) => new Promise<void>((resolve) => server.httpServer.close(() => resolve()))),
      );
      await proxy.stop();
      await anvil.stop();
    },
  };
}
