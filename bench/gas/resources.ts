import type { Address } from "viem";
import { resourceAllocationAbi } from "../../app/contracts/generated/resourceAllocation";
import type { Call } from "../../contracts/script/lib/writer";
import type { GasMeter, GasRow } from "../lib/gasMeter";

/**
 * On the seeded demo inventory (see contracts/script/seed/resources.ts): ICU beds #0 and ventilators #1;
 * St. Mary's #0 is managed by Frank, Northside #1 by Ada, Riverside #2 by Frank.
 */
export async function resourceGas(measure: GasMeter, inventory: Address) {
  const call = (functionName: string, args: readonly unknown[]) =>
    ({ address: inventory, abi: resourceAllocationAbi, functionName, args }) as Call;
  const rows: GasRow[] = [];
  rows.push(await measure("allocate (first units for a facility)", "ada", call("allocate", [1n, 1n, 2n])));
  rows.push(await measure("allocate (facility already holds some)", "ada", call("allocate", [1n, 1n, 2n])));
  rows.push(await measure("release", "frank", call("release", [0n, 0n, 3n])));
  rows.push(
    await measure("transfer (to a facility holding some)", "ada", call("transfer", [0n, 0n, 2n, 1n])),
  );
  rows.push(
    await measure("transfer (to a facility holding none)", "ada", call("transfer", [3n, 0n, 1n, 1n])),
  );
  const lines = [
    { resourceId: 0, facilityId: 1, quantity: 1n },
    { resourceId: 1, facilityId: 2, quantity: 1n },
    { resourceId: 3, facilityId: 2, quantity: 1n },
  ];
  rows.push(
    await measure("allocateBatch, per line (3 first-time lines)", "ada", call("allocateBatch", [lines]), 3),
  );
  rows.push(
    await measure("allocateBatch, per line (3 repeat lines)", "ada", call("allocateBatch", [lines]), 3),
  );
  return rows;
}
