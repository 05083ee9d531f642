import { createRequire } from "node:module";
import path from "node:path";
import { contractsDir } from "./paths";
import { run } from "./run";

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

/** Runs forge in contracts/ and resolves with its output; rejects with it on failure. */
export function forge(args: string[], env: NodeJS.ProcessEnv = {}): Promise<string> {
  return run(foundryBinary("forge"), args, { cwd: contractsDir, env });
}
