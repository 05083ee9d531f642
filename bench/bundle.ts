/**
 * `npm run bench:bundle`: builds CareChain and the baseline app (bench/baseline-app: one ConnectButton, the same
 * wallet list) and compares what each loads before first paint. Budget: ours ≤ baseline + 15%, with no crypto or
 * chart code in the first load. Writes docs/benchmarks/bundle.md; exits 1 over budget. It generates
 * the contract bindings first, so it runs alone on a fresh clone. (The time to first paint is in bench:load.)
 */
import path from "node:path";
import { build } from "vite";
import { buildContracts } from "../contracts/script/lib/build";
import { repoRoot } from "../contracts/script/lib/paths";
import { type FirstLoad, measureFirstLoad } from "./lib/firstLoad";
import { writeReport } from "./lib/report";

const resultsDir = path.join(repoRoot, "bench/results");
const BUDGET = 1.15;
const FORBIDDEN = ["@noble/ciphers", "recharts", "d3-shape", "d3-scale"];

async function main() {
  await buildContracts();
  const appDist = path.join(resultsDir, "app-dist");
  process.env.CARECHAIN_OUT_DIR = appDist;
  await build({ configFile: path.join(repoRoot, "vite.config.ts"), root: repoRoot, logLevel: "warn" });
  await build({ configFile: path.join(repoRoot, "bench/baseline-app/vite.config.ts"), logLevel: "warn" });
  const ours = await measureFirstLoad(appDist);
  const baseline = await measureFirstLoad(path.join(resultsDir, "baseline-dist"));
  const forbidden = FORBIDDEN.filter((name) => ours.packages.has(name));
  const ratio = ours.js.gzip / baseline.js.gzip;
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  const row = (name: string, load: FirstLoad) =>
    `| ${name} | ${kb(load.js.raw)} | ${kb(load.js.gzip)} | ${kb(load.css.raw)} | ${kb(load.css.gzip)} |`;
  const table = [
    "| First load | JS raw | JS gzip | CSS raw | CSS gzip |",
    "| --- | ---: | ---: | ---: | ---: |",
    row("CareChain", ours),
    row("Baseline (RainbowKit + wagmi, one ConnectButton)", baseline),
    "",
    `JS gzip: ${(ratio * 100).toFixed(0)}% of the baseline (budget ≤ ${Math.round(BUDGET * 100)}%). ` +
      `Crypto or chart code in the first load: ${forbidden.length ? forbidden.join(", ") : "none"}.`,
  ].join("\n");
  await writeReport("bundle", {
    title: "First load: what the app downloads before its first paint",
    about: `CareChain against bench/baseline-app (RainbowKit + wagmi, one ConnectButton, the same wallet list), both
built in the same run: the JavaScript and CSS each loads before first paint (everything the entry imports
statically), gzip at level 9. Budget: at most 115% of the baseline, and no crypto or chart code in it. The time a
person waits is in load.md.`,
    markdown: table,
    data: {
      ours: { js: ours.js, css: ours.css },
      baseline: { js: baseline.js, css: baseline.css },
      ratio,
      forbidden,
    },
  });
  console.log(table);
  if (ratio > BUDGET || forbidden.length) process.exit(1);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
