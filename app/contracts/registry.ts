import { contractAbis } from "./generated/abis";

export type { ContractName } from "./contractNames";
/**
 * Every CareChain contract by name, with its generated ABI. Addresses come from the deploy step, per chain id
 * (deployments.ts); hooks name a contract and get both, typed. Generated with the bindings from the forge build:
 * a contract added in Solidity appears here by itself.
 */
export { contractAbis };
export type ContractAbi<name extends keyof typeof contractAbis> = (typeof contractAbis)[name];
