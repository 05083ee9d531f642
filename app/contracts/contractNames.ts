/**
 * The CareChain contracts by name, without their ABIs: what the chain sync and the first paint need, so that the
 * ABIs load with the pages that call the contracts (registry.ts).
 */
export const contractNames = [
  "CareRoles",
  "ResourceAllocation",
  "PatientRecords",
  "ServicePayments",
  "ProviderDirectory",
] as const;

export type ContractName = (typeof contractNames)[number];
