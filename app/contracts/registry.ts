import type { ContractName } from "./contractNames";
import { careRolesAbi } from "./generated/careRoles";
import { patientRecordsAbi } from "./generated/patientRecords";
import { providerDirectoryAbi } from "./generated/providerDirectory";
import { resourceAllocationAbi } from "./generated/resourceAllocation";
import { servicePaymentsAbi } from "./generated/servicePayments";

/**
 * Every CareChain contract by name, with its generated ABI. Addresses come from the deploy step, per chain id
 * (deployments.ts); hooks name a contract and get both, typed.
 */
export const contractAbis = {
  CareRoles: careRolesAbi,
  ResourceAllocation: resourceAllocationAbi,
  PatientRecords: patientRecordsAbi,
  ServicePayments: servicePaymentsAbi,
  ProviderDirectory: providerDirectoryAbi,
} as const satisfies Record<ContractName, unknown>;

export type { ContractName };
export type ContractAbi<name extends ContractName> = (typeof contractAbis)[name];
