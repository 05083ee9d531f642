/**
 * `npm run bench:gas`: every measured user transaction on a fresh local chain, next to its floor
 * (21,000 + calldata + 22,100 per fresh slot + logs). Writes bench/results/gas.md and gas.json.
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { createWalletClient, http } from "viem";
import { buildContracts } from "../contracts/script/lib/build";
import { repoRoot } from "../contracts/script/lib/paths";
import { type GasRow, gasMeter } from "./lib/gasMeter";

const BENCH_ANVIL_PORT = 8547;
const resultsDir = path.join(repoRoot, "bench/results");

async function main() {
  await buildContracts();
  // Loaded only now: they import the ABIs that buildContracts has just generated.
  const { startLocalStack } = await import("../contracts/script/lib/localStack");
  const { paymentGas } = await import("./gas/payments");
  const { recordGas } = await import("./gas/records");
  const { resourceGas } = await import("./gas/resources");
  const { anvil, deployed } = await startLocalStack({
    port: BENCH_ANVIL_PORT,
    deploymentsDir: path.join(resultsDir, "deployments"),
  });
  try {
    if (!deployed) throw new Error("expected a fresh deployment");
    const accounts = await createWalletClient({ transport: http(anvil.rpcUrl) }).getAddresses();
    const [admin, doctor, secondDoctor, patient, billing, manager] = [0, 1, 2, 3, 6, 7].map(
      (i) => accounts[i],
    );
    const { ResourceAllocation, PatientRecords, ServicePayments, TestStablecoin } = deployed.contracts;
    if (!admin || !doctor || !secondDoctor || !patient || !billing || !manager)
      throw new Error("missing accounts");
    if (!ResourceAllocation || !PatientRecords || !ServicePayments || !TestStablecoin) {
      throw new Error("missing contracts");
    }
    const measure = gasMeter(anvil.rpcUrl);
    const rows = [
      ...(await resourceGas(measure, ResourceAllocation.address, admin, manager)),
      ...(await recordGas(measure, anvil.rpcUrl, PatientRecords.address, { patient, doctor, secondDoctor })),
      ...(await paymentGas(
        measure,
        anvil.rpcUrl,
        { payments: ServicePayments.address, stablecoin: TestStablecoin.address },
        { billing, patient },
      )),
    ];
    await mkdir(resultsDir, { recursive: true });
    await writeFile(path.join(resultsDir, "gas.json"), `${JSON.stringify(rows, null, 2)}\n`);
    const table = toMarkdown(rows);
    await writeFile(path.join(resultsDir, "gas.md"), table);
    console.log(table);
  } finally {
    await anvil.stop();
  }
}

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
