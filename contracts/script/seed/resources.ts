import type { Address } from "viem";
import { resourceAllocationAbi } from "../../../app/contracts/generated/resourceAllocation";
import type { ChainWriter } from "./chainWriter";

const ADMIN = 0;
const FACILITY_MANAGER = 7;

/** A few resource types, three facilities, some allocations and one open request from the facility manager. */
export async function seedResources({ write, accountAt }: ChainWriter, inventory: Address) {
  const call = (from: number, functionName: string, args: readonly unknown[]) =>
    write(from, { address: inventory, abi: resourceAllocationAbi, functionName, args });

  await call(ADMIN, "addResourceType", ["ICU beds", "beds", 40n]);
  await call(ADMIN, "addResourceType", ["Ventilators", "units", 25n]);
  await call(ADMIN, "addResourceType", ["Influenza vaccine", "doses", 5_000n]);
  await call(ADMIN, "addResourceType", ["Blood O negative", "units", 120n]);

  await call(ADMIN, "registerFacility", ["St. Mary's General Hospital", accountAt(FACILITY_MANAGER)]);
  await call(ADMIN, "registerFacility", ["Northside Community Clinic", accountAt(ADMIN)]);
  await call(ADMIN, "registerFacility", ["Riverside Children's Hospital", accountAt(FACILITY_MANAGER)]);

  await call(ADMIN, "allocateBatch", [
    [
      { resourceId: 0, facilityId: 0, quantity: 18n },
      { resourceId: 0, facilityId: 2, quantity: 8n },
      { resourceId: 1, facilityId: 0, quantity: 10n },
      { resourceId: 2, facilityId: 1, quantity: 1_500n },
      { resourceId: 2, facilityId: 2, quantity: 900n },
      { resourceId: 3, facilityId: 0, quantity: 60n },
    ],
  ]);
  await call(FACILITY_MANAGER, "release", [2n, 2n, 100n]);
  await call(FACILITY_MANAGER, "requestAllocation", [1n, 2n, 4n, "Paediatric RSV surge expected next week"]);
}
