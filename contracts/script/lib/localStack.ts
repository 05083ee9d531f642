import { createWalletClient, http } from "viem";
import type { Deployment } from "../../../app/contracts/deployment";
import { seedDemoData } from "../seed";
import { type Anvil, startAnvil } from "./anvil";
import { deployContracts, staleDeploymentReason } from "./deployments";

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
  log?: (message: string) => void;
}): Promise<LocalStack> {
  const log = options.log ?? (() => {});
  const anvil = await startAnvil({ port: options.port, stateFile: options.stateFile });
  try {
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
