import type { Abi } from "viem";
import { careRolesAbi } from "./generated/careRoles";
import { patientRecordsAbi } from "./generated/patientRecords";
import { resourceAllocationAbi } from "./generated/resourceAllocation";
import { servicePaymentsAbi } from "./generated/servicePayments";
import { testStablecoinAbi } from "./generated/testStablecoin";

/** Every custom error of every CareChain contract, so a revert bubbling up from any of them can be decoded. */
export const allCareChainErrors: Abi = [
  careRolesAbi,
  resourceAllocationAbi,
  patientRecordsAbi,
  servicePaymentsAbi,
  testStablecoinAbi,
].flatMap((abi) => abi.filter((item) => item.type === "error"));
