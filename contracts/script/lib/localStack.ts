import { readFile } from "node:fs/promises";
import path from "node:path";
import { createTestClient, createWalletClient, type Hex, http } from "viem";
import type { Deployment } from "../../../app/contracts/deployment";
import { seedDemoData } from "../seed";
import { type Anvil, startAnvil } from "./anvil";
import { deployContracts, staleDeploymentReason } from "./deployments";
import { contractsDir } from "./paths";

/** Multicall3's address on every public chain. */
export const MULTICALL3 = "0xcA11bde05977b3631167028862bE2a173976CA11";

export type LocalStack = { anvil: Anvil; deployed: Deployment | null };

/**
 * Starts anvil and makes sure the current contracts are deployed on it, deploying and seeding the demo data when
 * they are not. Used by `npm run dev` (persistent chain) and the e2e setup (throw-away chain).
 */
export async function startLocalStack(options: {
  port: number;
  stateFile?: string;
  deploymentsDir: string;
  /** Also seed the encrypted record ledger's demo story. */
  demoRecords?: boolean;
  /** Start the chain at this block number (see startAnvil). */
  genesisBlock?: number;
  /** Mine every this many seconds (see startAnvil). */
  blockTime?: number;
  log?: (message: string) => void;
}): Promise<LocalStack> {
  const log = options.log ?? (() => {});
  const anvil = await startAnvil(options);
  try {
    await installMulticall3(anvil.rpcUrl);
    const reason = await staleDeploymentReason(anvil.rpcUrl, options.deploymentsDir);
    if (!reason) {
      log("Contracts already deployed on this chain: keeping its data.");
      return { anvil, deployed: null };
    }
    log(`Deploying contracts (${reason})…`);
    const [deployer] = await createWalletClient({ transport: http(anvil.rpcUrl) }).getAddresses();
    if (!deployer) throw new Error("anvil reported no development accounts");
    const deployed = await deployContracts(
      anvil.rpcUrl,
      ["--unlocked", "--sender", deployer],
      options.deploymentsDir,
    );
    log("Seeding demo data…");
    await seedDemoData(anvil.rpcUrl, deployed, { records: options.demoRecords });
    return { anvil, deployed };
  } catch (error) {
    await anvil.stop();
    throw error;
  }
}

/**
 * anvil has no Multicall3, which every public chain has at the same address and which the app batches its reads
 * through: the local build of its aggregate3 and getEthBalance is placed there.
 */
export async function installMulticall3(rpcUrl: string) {
  const artifact = JSON.parse(
    await readFile(path.join(contractsDir, "out/Multicall3.sol/Multicall3.json"), "utf8"),
  ) as { deployedBytecode: { object: Hex } };
  await createTestClient({ mode: "anvil", transport: http(rpcUrl) }).setCode({
    address: MULTICALL3,
    bytecode: artifact.deployedBytecode.object,
  });
}
