import type { Abi } from "viem";
import {
  careRolesAbi,
  patientRecordsAbi,
  resourceAllocationAbi,
  servicePaymentsAbi,
  testStablecoinAbi,
} from "./generated";

/** Every custom error of every CareChain contract, so a revert bubbling up from any of them can be decoded. */
export const allCareChainErrors: Abi = [
  careRolesAbi,
  resourceAllocationAbi,
  patientRecordsAbi,
  servicePaymentsAbi,
  testStablecoinAbi,
].flatMap((abi) => abi.filter((item) => item.type === "error"));
