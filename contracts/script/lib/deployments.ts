import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { type Address, concatHex, createPublicClient, getAddress, type Hex, http, keccak256 } from "viem";
import type { DeployedContract, DeployedToken, Deployment } from "../../../app/contracts/deployment";
import { servicePaymentsAbi } from "../../../app/contracts/generated/servicePayments";
import { describeToken, tokenFactReads } from "../../../app/payments/tokenFacts";
import { forge } from "./foundry";
import { contractsDir } from "./paths";

type BroadcastRun = {
  transactions: { transactionType: string; contractName: string | null; contractAddress: Address | null }[];
  receipts: { blockNumber: Hex; blockHash: Hex; contractAddress: Address | null }[];
};

export async function chainIdOf(rpcUrl: string): Promise<number> {
  return createPublicClient({ transport: http(rpcUrl) }).getChainId();
}

/**
 * Runs the forge deploy script, then records the new addresses for that chain id. A private key travels in the
 * environment (`env`), never on the command line, where other local users could read it.
 */
export async function deployContracts(
  rpcUrl: string,
  signerArgs: string[],
  deploymentsDir: string,
  env: NodeJS.ProcessEnv = {},
) {
  const chainId = await chainIdOf(rpcUrl);
  const stablecoin = await stablecoinFor(chainId);
  if (!stablecoin && chainId !== 31_337) {
    throw new Error(
      `No stablecoin is listed for chain ${chainId} in contracts/script/stablecoins.json: add the chain's USDC (or another EIP-2612 stablecoin) there first.`,
    );
  }
  // --slow: each transaction leaves once the one before is mined. Sent all at once, one of them was lost on a busy
  // machine and the next waited in anvil's queue behind the nonce gap, with forge waiting for it forever.
  const args = ["script", "script/Deploy.s.sol:Deploy", "--rpc-url", rpcUrl, "--broadcast"];
  const slow = signerArgs.includes("--slow") ? [] : ["--slow"];
  await forge([...args, ...slow, ...signerArgs], {
    ...env,
    ...(stablecoin ? { CARECHAIN_STABLECOIN: stablecoin } : {}),
  });
  const run = JSON.parse(
    await readFile(
      path.join(contractsDir, "broadcast/Deploy.s.sol", String(chainId), "run-latest.json"),
      "utf8",
    ),
  ) as BroadcastRun;

  const contracts: Record<string, DeployedContract> = {};
  for (const tx of run.transactions) {
    if (tx.transactionType !== "CREATE" || !tx.contractName || !tx.contractAddress) continue;
    const address = tx.contractAddress.toLowerCase();
    const receipt = run.receipts.find((r) => r.contractAddress?.toLowerCase() === address);
    if (!receipt) throw new Error(`No receipt for ${tx.contractName} in the broadcast log`);
    // A contract deployed more than once (the local test tokens) is recorded as Name, Name#2, …
    let name = tx.contractName;
    for (let n = 2; contracts[name]; n++) name = `${tx.contractName}#${n}`;
    contracts[name] = {
      address: getAddress(tx.contractAddress),
      blockNumber: Number(receipt.blockNumber),
      blockHash: receipt.blockHash,
    };
  }
  const deployment: Deployment = {
    chainId,
    buildHash: await buildHash(Object.keys(contracts)),
    contracts,
    tokens: await acceptedTokens(rpcUrl, chainId, contracts.ServicePayments?.address),
  };
  await mkdir(deploymentsDir, { recursive: true });
  await writeFile(deploymentFile(deploymentsDir, chainId), `${JSON.stringify(deployment, null, 2)}\n`);
  return deployment;
}

/**
 * Why the recorded deployment on this chain cannot be used, or null when it can: every contract has code at its
 * address and the sources have not changed since.
 */
export async function staleDeploymentReason(rpcUrl: string, deploymentsDir: string): Promise<string | null> {
  const chainId = await chainIdOf(rpcUrl);
  let deployment: Deployment;
  try {
    deployment = JSON.parse(await readFile(deploymentFile(deploymentsDir, chainId), "utf8")) as Deployment;
  } catch {
    return "no deployment recorded for this chain";
  }
  const client = createPublicClient({ transport: http(rpcUrl) });
  for (const [name, { address }] of Object.entries(deployment.contracts)) {
    const code = await client.getCode({ address });
    if (!code || code === "0x") return `${name} has no code on this chain`;
  }
  if (!Array.isArray(deployment.tokens) || deployment.tokens.some((token) => typeof token !== "object")) {
    return "the deployment record predates the described tokens";
  }
  if ((await buildHash(Object.keys(deployment.contracts))) !== deployment.buildHash) {
    return "the contracts changed since they were deployed";
  }
  return null;
}

/** The tokens the new payments contract accepts, as it answers itself, each described as it answers itself. */
async function acceptedTokens(
  rpcUrl: string,
  chainId: number,
  payments: Address | undefined,
): Promise<DeployedToken[]> {
  if (!payments) throw new Error("The deploy script created no ServicePayments");
  const client = createPublicClient({ transport: http(rpcUrl) });
  const tokens = await client.readContract({
    address: payments,
    abi: servicePaymentsAbi,
    functionName: "allowedTokens",
  });
  return Promise.all(
    tokens.map(async (address) => {
      const answers = await Promise.all(
        tokenFactReads(address).map((read) => client.readContract(read).catch(() => undefined)),
      );
      return { address, ...describeToken(address, chainId, answers) };
    }),
  );
}

async function buildHash(contractNames: string[]): Promise<Hex> {
  // Name#2 is a second deployment of Name: the same code.
  const artifacts = [...new Set(contractNames.map((name) => name.split("#")[0] as string))];
  const codes = await Promise.all(
    artifacts.sort().map(async (name) => {
      const artifact = JSON.parse(
        await readFile(path.join(contractsDir, "out", `${name}.sol`, `${name}.json`), "utf8"),
      ) as { bytecode: { object: Hex } };
      return artifact.bytecode.object;
    }),
  );
  return keccak256(concatHex(codes));
}

/** The real stablecoin payments accept on this chain (contracts/script/stablecoins.json); none on the local chain. */
async function stablecoinFor(chainId: number): Promise<string | undefined> {
  const known = JSON.parse(
    await readFile(path.join(contractsDir, "script/stablecoins.json"), "utf8"),
  ) as Record<string, { address: string }>;
  return known[String(chainId)]?.address;
}

function deploymentFile(dir: string, chainId: number) {
  return path.join(dir, `${chainId}.json`);
}
