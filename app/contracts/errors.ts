import type { Abi } from "viem";
import { contractAbis, testTokenAbis } from "./generated/abis";

/** Every custom error of every contract of the build, so that a revert bubbling up from any of them is decoded. */
export const allCareChainErrors: Abi = [
  ...Object.values(contractAbis),
  ...Object.values(testTokenAbis),
].flatMap((abi) => (abi as Abi).filter((item) => item.type === "error"));
