/**
 * `npm run deploy -- --rpc-url URL [forge script signer flags]` deploys CareChain to any EVM chain and records the
 * addresses in app/contracts/deployments/<chainId>.json for the app.
 *
 * Signer: DEPLOYER_PRIVATE_KEY in the environment, or any forge flag such as `--account NAME` (a Foundry keystore)
 * or `--ledger`. Other forge script flags (`--verify`, `--slow`…) pass through.
 */
import { buildContracts } from "./lib/build";
import { parseDeployCommand } from "./lib/deployCommand";
import { defaultDeploymentsDir } from "./lib/paths";

async function main() {
  const { rpcUrl, forgeArgs, env } = parseDeployCommand(process.argv.slice(2), process.env);

  await buildContracts();
  // Loaded only now: recording the deployment reads the ABIs that buildContracts has just generated.
  const { deployContracts } = await import("./lib/deployments");
  const deployment = await deployContracts(rpcUrl, forgeArgs, defaultDeploymentsDir, env);
  console.log(`Deployed on chain ${deployment.chainId}:`);
  for (const [name, { address, blockNumber }] of Object.entries(deployment.contracts)) {
    console.log(`  ${name.padEnd(20)} ${address} (block ${blockNumber})`);
  }
  console.log(
    `Recorded in app/contracts/deployments/${deployment.chainId}.json: commit it so the app knows it.`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
