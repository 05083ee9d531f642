import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { foundryBinary } from "./foundry";

export const LOCAL_CHAIN_ID = 31337;
/** anvil's public development mnemonic: its accounts are unlocked on the local chain and worthless elsewhere. */
export const DEV_MNEMONIC = "test test test test test test test test test test test junk";

export type AnvilOptions = {
  port: number;
  /** A JSON file the chain is loaded from at start and dumped to on exit (and every few seconds). */
  stateFile?: string;
  /** Start the chain at this block number (a genesis file), as a chain that has run for a long time. */
  genesisBlock?: number;
  /** Mine a block every this many seconds instead of on every transaction. */
  blockTime?: number;
};

export type Anvil = { rpcUrl: string; stop: () => Promise<void> };

export async function startAnvil({ port, stateFile, genesisBlock, blockTime }: AnvilOptions): Promise<Anvil> {
  if (await isPortTaken(port)) {
    throw new Error(
      `Port ${port} is already in use: is another anvil or node running? Stop it and try again.`,
    );
  }
  const args = ["--host", "127.0.0.1", "--port", String(port), "--chain-id", String(LOCAL_CHAIN_ID)];
  args.push("--mnemonic", DEV_MNEMONIC, "--accounts", "10", "--silent");
  if (stateFile) args.push("--state", stateFile, "--state-interval", "5", "--preserve-historical-states");
  if (genesisBlock !== undefined) args.push("--init", await genesisAt(genesisBlock));
  if (blockTime !== undefined) args.push("--block-time", String(blockTime));

  // anvil moves old block states to $HOME/.foundry/anvil/tmp and leaves them there when stopped (2.6 GB after one
  // run of the reads benchmark): each anvil gets a home of its own, removed once it has exited.
  const home = await mkdtemp(path.join(tmpdir(), "carechain-anvil-home-"));
  const child = spawn(foundryBinary("anvil"), args, {
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, HOME: home },
  });
  const rpcUrl = `http://127.0.0.1:${port}`;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve())).then(() =>
    rm(home, { recursive: true, force: true }),
  );
  await waitUntilReady(rpcUrl, child);
  return { rpcUrl, stop: () => stopProcess(child, exited) };
}

async function stopProcess(child: ChildProcess, exited: Promise<void>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  // SIGTERM lets anvil dump its state; a stuck process is killed after a grace period.
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
  await exited;
  clearTimeout(timer);
}

async function waitUntilReady(rpcUrl: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`anvil exited early with code ${child.exitCode}`);
    try {
      const response = await fetch(rpcUrl, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ jsonrpc: "2.0", id: 1, method: "eth_chainId", params: [] }),
      });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill("SIGKILL");
  throw new Error(`anvil did not answer on ${rpcUrl} within 30 s`);
}

function isPortTaken(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

/** A genesis file for the local chain at block `number` (all forks active, as on anvil's default chain). */
async function genesisAt(number: number): Promise<string> {
  const file = path.join(await mkdtemp(path.join(tmpdir(), "carechain-genesis-")), "genesis.json");
  const forks = [
    "homestead",
    "eip150",
    "eip155",
    "eip158",
    "byzantium",
    "constantinople",
    "petersburg",
    "istanbul",
    "berlin",
    "london",
  ];
  const genesis = {
    config: {
      chainId: LOCAL_CHAIN_ID,
      ...Object.fromEntries(forks.map((fork) => [`${fork}Block`, 0])),
      shanghaiTime: 0,
      cancunTime: 0,
      terminalTotalDifficulty: 0,
      terminalTotalDifficultyPassed: true,
    },
    number: `0x${number.toString(16)}`,
    timestamp: `0x${Math.floor(Date.now() / 1000 - 3_600).toString(16)}`,
    gasLimit: "0x1c9c380",
    difficulty: "0x0",
    alloc: {},
  };
  await writeFile(file, JSON.stringify(genesis));
  return file;
}
