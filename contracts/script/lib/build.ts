import { spawn } from "node:child_process";
import path from "node:path";
import { forge } from "./foundry";
import { repoRoot } from "./paths";

/** Compiles the contracts and regenerates the app's typed ABIs from that build. */
export async function buildContracts(): Promise<void> {
  await forge(["build"]);
  await run(path.join(repoRoot, "node_modules/.bin/wagmi"), ["generate"]);
}

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: repoRoot, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk) => {
      output += chunk;
    });
    child.stderr.on("data", (chunk) => {
      output += chunk;
    });
    child.on("error", reject);
    child.on("close", (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} failed:\n${output}`)),
    );
  });
}
