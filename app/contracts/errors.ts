import type { Abi } from "viem";
import { testStablecoinAbi } from "./generated/testStablecoin";
import { testTokenAbi } from "./generated/testToken";
import { contractAbis } from "./registry";

/** Every custom error of every CareChain contract, so a revert bubbling up from any of them can be decoded. */
export const allCareChainErrors: Abi = [
  ...Object.values(contractAbis),
  testStablecoinAbi,
  testTokenAbi,
].flatMap((abi) => (abi as Abi).filter((item) => item.type === "error"));
