import type { Address } from "viem";
import type { Deployment } from "../../../app/contracts/deployment";
import { chainWriter } from "../lib/writer";
import { seedPayments } from "./payments";
import { seedRecords } from "./records";
import { seedResources } from "./resources";
import { seedRoles } from "./roles";

/**
 * Seeds a fresh local chain with the demo story, one capability after another. `records` adds the encrypted
 * record ledger's story (`npm run dev`); the e2e suite starts that ledger empty, to walk its whole story itself.
 */
export async function seedDemoData(
  rpcUrl: string,
  deployment: Deployment,
  { records = false }: { records?: boolean } = {},
): Promise<void> {
  const writer = chainWriter(rpcUrl);
  await seedRoles(writer, contract(deployment, "CareRoles"), contract(deployment, "ProviderDirectory"));
  await seedResources(writer, contract(deployment, "ResourceAllocation"));
  await seedPayments(writer, contract(deployment, "ServicePayments"));
  if (records) await seedRecords(writer, contract(deployment, "PatientRecords"));
}

function contract(deployment: Deployment, name: string): Address {
  const address = deployment.contracts[name]?.address;
  if (!address) throw new Error(`${name} is not in the deployment`);
  return address;
}
