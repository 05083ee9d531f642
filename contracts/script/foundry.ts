/**
 * `tsx contracts/script/foundry.ts <forge|anvil|cast> [args…]` runs the Foundry binary from its npm platform
 * package and exits with its exit code. The packages' own `forge` shims exit 0 even when the tool fails, which
 * would let a failing `forge test` pass CI.
 */
import { spawnSync } from "node:child_process";
import { foundryBinary } from "./lib/foundry";

const [tool, ...args] = process.argv.slice(2);
if (tool !== "forge" && tool !== "anvil" && tool !== "cast") {
  console.error("Usage: foundry.ts <forge|anvil|cast> [args…]");
  process.exit(2);
}
const result = spawnSync(foundryBinary(tool), args, { stdio: "inherit" });
process.exit(result.status ?? 1);
