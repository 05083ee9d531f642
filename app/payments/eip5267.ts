import type { Abi } from "viem";

/** EIP-5267: a token states the EIP-712 domain it checks signatures against. */
export const eip5267Abi = [
  {
    type: "function",
    name: "eip712Domain",
    stateMutability: "view",
    inputs: [],
    outputs: [
      { name: "fields", type: "bytes1" },
      { name: "name", type: "string" },
      { name: "version", type: "string" },
      { name: "chainId", type: "uint256" },
      { name: "verifyingContract", type: "address" },
      { name: "salt", type: "bytes32" },
      { name: "extensions", type: "uint256[]" },
    ],
  },
] as const satisfies Abi;

/** The permit typehash a token publishes (USDC, Dai), telling EIP-2612's permit from Dai's. */
export const permitTypehashAbi = [
  {
    type: "function",
    name: "PERMIT_TYPEHASH",
    stateMutability: "view",
    inputs: [],
    outputs: [{ name: "", type: "bytes32" }],
  },
] as const satisfies Abi;
