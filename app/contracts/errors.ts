import type { Abi } from "viem";
import { careRolesAbi, resourceAllocationAbi } from "./generated";

/** Every custom error of every CareChain contract, so a revert bubbling up from any of them can be decoded. */
export const allCareChainErrors: Abi = [careRolesAbi, resourceAllocationAbi].flatMap((abi) =>
  abi.filter((item) => item.type === "error"),
);
