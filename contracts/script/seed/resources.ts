import type { Address } from "viem";
import { resourceAllocationAbi } from "../../../app/contracts/generated/resourceAllocation";
import { addressOf } from "../lib/personas";
import type { ChainWriter } from "../lib/writer";

/** A few resource types, three facilities (two managed by Frank), some allocations and Frank's open request. */
export async function seedResources({ send }: ChainWriter, inventory: Address) {
  const abi = resourceAllocationAbi;
  const address = inventory;
  await send("ada", { address, abi, functionName: "addResourceType", args: ["ICU beds", "beds", 40n] });
  await send("ada", { address, abi, functionName: "addResourceType", args: ["Ventilators", "units", 25n] });
  await send("ada", {
    address,
    abi,
    functionName: "addResourceType",
    args: ["Influenza vaccine", "doses", 5_000n],
  });
  await send("ada", {
    address,
    abi,
    functionName: "addResourceType",
    args: ["Blood O negative", "units", 120n],
  });

  await send("ada", {
    address,
    abi,
    functionName: "registerFacility",
    args: ["St. Mary's General Hospital", addressOf("frank")],
  });
  await send("ada", {
    address,
    abi,
    functionName: "registerFacility",
    args: ["Northside Community Clinic", addressOf("ada")],
  });
  await send("ada", {
    address,
    abi,
    functionName: "registerFacility",
    args: ["Riverside Children's Hospital", addressOf("frank")],
  });

  await send("ada", {
    address,
    abi,
    functionName: "allocateBatch",
    args: [
      [
        { resourceId: 0, facilityId: 0, quantity: 18n },
        { resourceId: 0, facilityId: 2, quantity: 8n },
        { resourceId: 1, facilityId: 0, quantity: 10n },
        { resourceId: 2, facilityId: 1, quantity: 1_500n },
        { resourceId: 2, facilityId: 2, quantity: 900n },
        { resourceId: 3, facilityId: 0, quantity: 60n },
      ],
    ],
  });
  await send("frank", { address, abi, functionName: "release", args: [2n, 2n, 100n] });
  await send("frank", {
    address,
    abi,
    functionName: "requestAllocation",
    args: [1n, 2n, 4n, "Paediatric RSV surge expected next week"],
  });
}
