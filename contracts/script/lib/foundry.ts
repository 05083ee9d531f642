import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { contractsDir } from "./paths";

const require = createRequire(import.meta.url);

/**
 * The platform binary that @foundry-rs/<tool> installed. We start it directly rather than through `npx`, whose
 * npm → shim → binary chain can leave the binary running after its parent is stopped.
 */
export function foundryBinary(tool: "anvil" | "forge" | "cast"): string {
  const arch = process.arch === "x64" ? "amd64" : process.arch;
  const pkg = `@foundry-rs/${tool}-${process.platform}-${arch}`;
  const dir = path.dirname(require.resolve(`${pkg}/package.json`));
  return path.join(dir, "bin", process.platform === "win32" ? `${tool}.exe` : tool);
}

/** Runs forge in contracts/ and resolves with its stdout; rejects with its output on failure. */
export function forge(args: string[], env: NodeJS.ProcessEnv = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(foundryBinary("forge"), args, {
      cwd: contractsDir,
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk) => {
      output += chunk;
    });
    child.stderr.on("data", (chunk) => {
      output += chunk;
    });
    child.on("error", reject);
    child.on("close", (code) => {
      if (code === 0) resolve(output);
      else reject(new Error(`forge ${args[0]} failed (exit ${code}):\n${output}`));
    });
  });
}
