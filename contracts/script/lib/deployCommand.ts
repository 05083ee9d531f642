/** What `npm run deploy -- …` asks for: the node, forge's own flags, and the signer's secret kept out of argv. */
export type DeployCommand = { rpcUrl: string; forgeArgs: string[]; env: Record<string, string> };

const SIGNER_FLAGS = ["--account", "--ledger", "--trezor", "--unlocked"];

/**
 * Reads the deploy command line. A private key travels in the environment only (DEPLOYER_PRIVATE_KEY, read by the
 * deploy script itself through vm.envOr): a key on forge's command line is visible to every local user in the
 * process list. A `--private-key` flag is refused for the same reason.
 */
export function parseDeployCommand(argv: readonly string[], environment: NodeJS.ProcessEnv): DeployCommand {
  const urlIndex = argv.indexOf("--rpc-url");
  const rpcUrl = urlIndex >= 0 ? argv[urlIndex + 1] : undefined;
  if (!rpcUrl) throw new Error("Usage: npm run deploy -- --rpc-url URL [--account NAME | --ledger | …]");
  const forgeArgs = argv.filter((_, i) => i !== urlIndex && i !== urlIndex + 1);
  if (forgeArgs.some((arg) => arg === "--private-key" || arg.startsWith("--private-key="))) {
    throw new Error("Pass the key as DEPLOYER_PRIVATE_KEY in the environment, never on the command line.");
  }
  const privateKey = environment.DEPLOYER_PRIVATE_KEY;
  if (!privateKey && !forgeArgs.some((arg) => SIGNER_FLAGS.includes(arg))) {
    throw new Error(
      "No signer: set DEPLOYER_PRIVATE_KEY or pass --account NAME (a Foundry keystore) or --ledger.",
    );
  }
  return { rpcUrl, forgeArgs, env: privateKey ? { DEPLOYER_PRIVATE_KEY: privateKey } : {} };
}
