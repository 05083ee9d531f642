import type { Address } from "viem";
import { resourceAllocationAbi } from "../../app/contracts/generated/resourceAllocation";
import type { GasMeter, GasRow } from "../lib/gasMeter";

/**
 * On the seeded demo inventory (see contracts/script/seed/resources.ts): ICU beds #0 and ventilators #1;
 * St. Mary's #0 is managed by account 7, Northside #1 by the admin, Riverside #2 by account 7.
 */
export async function resourceGas(measure: GasMeter, inventory: Address, admin: Address, manager: Address) {
  const call = (functionName: string, args: readonly unknown[]) => ({
    address: inventory,
    abi: resourceAllocationAbi,
    functionName,
    args,
  });
  const rows: GasRow[] = [];
  rows.push(await measure("allocate (first units for a facility)", admin, call("allocate", [1n, 1n, 2n])));
  rows.push(await measure("allocate (facility already holds some)", admin, call("allocate", [1n, 1n, 2n])));
  rows.push(await measure("release", manager, call("release", [0n, 0n, 3n])));
  rows.push(
    await measure("transfer (to a facility holding some)", admin, call("transfer", [0n, 0n, 2n, 1n])),
  );
  rows.push(
    await measure("transfer (to a facility holding none)", admin, call("transfer", [3n, 0n, 1n, 1n])),
  );
  const lines = [
    { resourceId: 0, facilityId: 1, quantity: 1n },
    { resourceId: 1, facilityId: 2, quantity: 1n },
    { resourceId: 3, facilityId: 2, quantity: 1n },
  ];
  rows.push(
    await measure("allocateBatch, per line (3 first-time lines)", admin, call("allocateBatch", [lines]), 3),
  );
  rows.push(
    await measure("allocateBatch, per line (3 repeat lines)", admin, call("allocateBatch", [lines]), 3),
  );
  return rows;
}
