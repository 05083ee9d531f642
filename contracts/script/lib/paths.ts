import path from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
export const contractsDir = path.join(repoRoot, "contracts");
export const defaultDeploymentsDir = path.join(repoRoot, "app/contracts/deployments");
/** Where `npm run dev` keeps the local chain between runs (git-ignored). */
export const devStateDir = path.join(repoRoot, ".carechain");
