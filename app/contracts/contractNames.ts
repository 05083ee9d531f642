import { contractNames } from "./generated/catalogue";

/**
 * The CareChain contracts by name, without their ABIs: what the chain sync and the first paint need, so that the
 * ABIs load with the pages that call the contracts (registry.ts). Generated with the bindings from the forge build.
 */
export { contractNames };
export type ContractName = (typeof contractNames)[number];
