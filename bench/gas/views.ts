import { type Address, parseEther, stringToHex } from "viem";
import { patientRecordsAbi } from "../../app/contracts/generated/patientRecords";
import { resourceAllocationAbi } from "../../app/contracts/generated/resourceAllocation";
import { servicePaymentsAbi } from "../../app/contracts/generated/servicePayments";
import { ETH } from "../../app/contracts/limits";
import { addressOf } from "../../contracts/script/lib/personas";
import type { Call, ChainWriter } from "../../contracts/script/lib/writer";
import { recordWriter } from "../lib/grow";

export type ViewGasRow = { view: string; gas: number };

const TYPES = 100;
const FACILITIES = 200;
const BUDGET = 5_000_000;

/**
 * The gas of every read the app makes, one page each, once the inventory has 100 resource types and 200
 * facilities and the ledgers have full pages: eth_estimateGas of the call (with the 21,000 a transaction would add).
 * Budget: each under 5M gas, far below a node's eth_call cap (30M on anvil, 50M on geth).
 */
export async function viewGas(
  writer: ChainWriter,
  contracts: { inventory: Address; records: Address; payments: Address },
) {
  const { inventory, records, payments } = contracts;
  const [types, facilities] = await writer.publicClient.readContract({
    address: inventory,
    abi: resourceAllocationAbi,
    functionName: "counts",
  });
  const call = (functionName: string, args: readonly unknown[]) =>
    ({ address: inventory, abi: resourceAllocationAbi, functionName, args }) as Call;
  await writer.sendBurst("ada", [
    ...Array.from({ length: TYPES - Number(types) }, () =>
      call("addResourceType", ["Portable oxygen concentrators", "units", 1_000_000n]),
    ),
    ...Array.from({ length: FACILITIES - Number(facilities) }, () =>
      call("registerFacility", ["St. Mary's General Hospital, East Wing", addressOf("frank")]),
    ),
  ]);
  await writer.sendBurst(
    "ada",
    Array.from({ length: FACILITIES }, (_, f) => call("allocate", [BigInt(f % TYPES), BigInt(f), 1n])),
  );
  await writer.sendBurst(
    "frank",
    Array.from({ length: 100 }, (_, i) =>
      call("requestAllocation", [
        BigInt(i % TYPES),
        BigInt(100 + i),
        1n,
        "Winter surge: the overflow ward opens on Monday",
      ]),
    ),
  );
  const due = BigInt(Math.floor(Date.now() / 1000) + 30 * 86_400);
  await writer.sendBurst(
    "billing",
    Array.from(
      { length: 100 },
      () =>
        ({
          address: payments,
          abi: servicePaymentsAbi,
          functionName: "createInvoice",
          args: [
            addressOf("carol"),
            ETH,
            parseEther("0.01"),
            due,
            stringToHex("CPT-99213", { size: 32 }),
            "Visit",
          ],
        }) as Call,
    ),
  );
  await (await recordWriter(writer, records, "alice", "carol"))(100);
  const estimate = async (
    view: string,
    address: Address,
    abi: readonly unknown[],
    functionName: string,
    args: readonly unknown[],
  ) => ({
    view,
    gas: Number(
      await writer.publicClient.estimateContractGas({
        address,
        abi: abi as never,
        functionName,
        args,
      } as never),
    ),
  });
  return Promise.all([
    estimate(
      "ResourceAllocation.holdings: 50 types × 20 facilities (1,000 cells)",
      inventory,
      resourceAllocationAbi,
      "holdings",
      [0n, 50n, 100n, 20n],
    ),
    estimate(
      "ResourceAllocation.resources: a page of 100 types",
      inventory,
      resourceAllocationAbi,
      "resources",
      [0n, 100n],
    ),
    estimate(
      "ResourceAllocation.facilities: a page of 100 facilities",
      inventory,
      resourceAllocationAbi,
      "facilities",
      [100n, 100n],
    ),
    estimate(
      "ResourceAllocation.requestsBefore: 100 requests",
      inventory,
      resourceAllocationAbi,
      "requestsBefore",
      [0n, 100n],
    ),
    estimate("PatientRecords.recordsOfPatient: 100 records", records, patientRecordsAbi, "recordsOfPatient", [
      addressOf("carol"),
      0n,
      100n,
    ]),
    estimate(
      "ServicePayments.invoicesOfPatient: 100 invoices",
      payments,
      servicePaymentsAbi,
      "invoicesOfPatient",
      [addressOf("carol"), 0n, 100n],
    ),
    estimate(
      "ServicePayments.invoicesOfProvider: 100 invoices",
      payments,
      servicePaymentsAbi,
      "invoicesOfProvider",
      [addressOf("billing"), 0n, 100n],
    ),
  ]);
}

export const VIEW_GAS_BUDGET = BUDGET;
