/**
 * `npm run deploy -- --rpc-url URL [forge script signer flags]` deploys CareChain to any EVM chain and records the
 * addresses in app/contracts/deployments/<chainId>.json for the app.
 *
 * Signer: DEPLOYER_PRIVATE_KEY in the environment, or any forge flag such as `--account NAME` (a Foundry keystore)
 * or `--ledger`. Other forge script flags (`--verify`, `--slow`…) pass through.
 */
import { buildContracts } from "./lib/build";
import { defaultDeploymentsDir } from "./lib/paths";

async function main() {
  const args = process.argv.slice(2);
  const urlIndex = args.indexOf("--rpc-url");
  const rpcUrl = urlIndex >= 0 ? args[urlIndex + 1] : undefined;
  if (!rpcUrl) {
    throw new Error("Usage: npm run deploy -- --rpc-url URL [--account NAME | --ledger | …]");
  }
  const forgeArgs = args.filter((_, i) => i !== urlIndex && i !== urlIndex + 1);
  // Read by the deploy script itself (vm.envOr), so the key never appears in forge's command line.
  const privateKey = process.env.DEPLOYER_PRIVATE_KEY;
  if (
    !privateKey &&
    !forgeArgs.some((arg) => ["--account", "--ledger", "--trezor", "--unlocked"].includes(arg))
  ) {
    throw new Error(
      "No signer: set DEPLOYER_PRIVATE_KEY or pass --account NAME (a Foundry keystore) or --ledger.",
    );
  }

  await buildContracts();
  // Loaded only now: recording the deployment reads the ABIs that buildContracts has just generated.
  const { deployContracts } = await import("./lib/deployments");
  const deployment = await deployContracts(
    rpcUrl,
    forgeArgs,
    defaultDeploymentsDir,
    privateKey ? { DEPLOYER_PRIVATE_KEY: privateKey } : {},
  );
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
