/**
 * `npm run bench:gas`: every measured user transaction on a fresh local chain, next to its floor
 * (21,000 + calldata + 22,100 per fresh slot + logs). Writes docs/benchmarks/gas.md.
 */
import path from "node:path";
import { buildContracts } from "../contracts/script/lib/build";
import { gasBudgetRows, gasBudgetTable } from "../contracts/script/lib/gasBudgets";
import { repoRoot } from "../contracts/script/lib/paths";
import { chainWriter } from "../contracts/script/lib/writer";
import { type GasRow, gasMeter } from "./lib/gasMeter";
import { writeReport } from "./lib/report";

const BENCH_ANVIL_PORT = 8547;
const resultsDir = path.join(repoRoot, "bench/results");

async function main() {
  await buildContracts();
  // Loaded only now: they import the ABIs that buildContracts has just generated.
  const { startLocalStack } = await import("../contracts/script/lib/localStack");
  const { paymentGas } = await import("./gas/payments");
  const { recordGas } = await import("./gas/records");
  const { resourceGas } = await import("./gas/resources");
  const { VIEW_GAS_BUDGET, viewGas } = await import("./gas/views");
  const { anvil, deployed } = await startLocalStack({
    port: BENCH_ANVIL_PORT,
    deploymentsDir: path.join(resultsDir, "deployments"),
  });
  try {
    if (!deployed) throw new Error("expected a fresh deployment");
    const { ResourceAllocation, PatientRecords, ServicePayments, TestStablecoin } = deployed.contracts;
    if (!ResourceAllocation || !PatientRecords || !ServicePayments || !TestStablecoin) {
      throw new Error("missing contracts");
    }
    const writer = chainWriter(anvil.rpcUrl);
    const measure = gasMeter(writer);
    const rows = [
      ...(await resourceGas(measure, ResourceAllocation.address)),
      ...(await recordGas(measure, writer, PatientRecords.address)),
      ...(await paymentGas(measure, writer, ServicePayments.address, TestStablecoin.address)),
    ];
    const views = await viewGas(writer, {
      inventory: ResourceAllocation.address,
      records: PatientRecords.address,
      payments: ServicePayments.address,
    });
    const table = [
      toMarkdown(rows),
      "| Read (one page) at 200 facilities × 100 resource types | Gas | Within 5M |",
      "| --- | ---: | --- |",
      ...views.map(
        (row) =>
          `| ${row.view} | ${row.gas.toLocaleString("en")} | ${row.gas < VIEW_GAS_BUDGET ? "yes" : "**no**"} |`,
      ),
      "",
      "What the list indexes cost: forge's figures (contracts/.gas-snapshot) against the contracts before them",
      "(contracts/gas-budgets.json, also checked by `npm test`).",
      "",
      gasBudgetTable(gasBudgetRows()),
      "",
    ].join("\n");
    await writeReport("gas", {
      title: "Gas of every user transaction, beside its floor",
      about: GAS_ABOUT,
      markdown: table,
      data: { transactions: rows, views },
    });
    console.log(table);
    if (views.some((row) => row.gas >= VIEW_GAS_BUDGET)) process.exitCode = 1;
  } finally {
    await anvil.stop();
  }
}

const GAS_ABOUT = `Each transaction on a fresh local chain, beside its floor: 21,000 + calldata (16 per non-zero byte,
4 per zero byte) + 22,100 per storage slot that goes from zero to non-zero + the logs it must emit (375 + 375 per
topic + 8 per data byte). Fresh slots are counted from the node's prestate trace. Then one page of each list view
at 200 facilities × 100 resource types, which must stay under 5M gas. The per-function figures of the
contracts' own gas tests are in contracts/.gas-snapshot, checked by \`npm test\`.`;

function toMarkdown(rows: GasRow[]): string {
  const lines = [
    "| Transaction | Gas used | Floor | Ratio | Fresh slots |",
    "| --- | ---: | ---: | ---: | ---: |",
    ...rows.map(
      (row) =>
        `| ${row.operation} | ${row.gasUsed.toLocaleString("en")} | ${row.floor.toLocaleString("en")} | ${row.ratio.toFixed(2)}× | ${row.freshSlots}${row.perOperations > 1 ? ` (in ${row.perOperations} lines)` : ""} |`,
    ),
  ];
  return `${lines.join("\n")}\n`;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
