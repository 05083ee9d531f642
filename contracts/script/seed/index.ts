import type { Deployment } from "../../../app/contracts/deployment";
import { chainWriter } from "./chainWriter";
import { seedPayments } from "./payments";
import { seedResources } from "./resources";
import { seedRoles } from "./roles";

/** Seeds a fresh local chain with the demo story, one capability after another. */
export async function seedDemoData(rpcUrl: string, deployment: Deployment): Promise<void> {
  const writer = await chainWriter(rpcUrl);
  await seedRoles(writer, contract(deployment, "CareRoles"));
  await seedResources(writer, contract(deployment, "ResourceAllocation"));
  await seedPayments(writer, contract(deployment, "ServicePayments"), contract(deployment, "TestStablecoin"));
}

function contract(deployment: Deployment, name: string) {
  const address = deployment.contracts[name]?.address;
  if (!address) throw new Error(`${name} is not in the deployment`);
  return address;
}
