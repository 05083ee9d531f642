import path from "node:path";
import { forge } from "./foundry";
import { repoRoot } from "./paths";
import { run } from "./run";

/** Compiles the contracts and regenerates the app's typed ABIs from that build. */
export async function buildContracts(): Promise<void> {
  await forge(["build"]);
  await run(path.join(repoRoot, "node_modules/.bin/wagmi"), ["generate"], { cwd: repoRoot });
}
