import { type Abi, multicall3Abi } from "viem";

/**
 * The ABIs of outside standards the app calls, in one place: viem's where it ships them (ERC-20, Multicall3), else
 * the standard's own fragment, written as JSON (this module is in the first load: viem's human-readable ABI parser
 * is not). CareChain's contracts' ABIs are generated from the build (app/contracts/generated).
 */
export { erc20Abi } from "viem";
export { multicall3Abi };

/** Multicall3's getBlockNumber, which viem's ABI leaves out: the chain head joins the moment's aggregate3 batch. */
export const multicall3BlockNumberAbi = [
  {
    type: "function",
    name: "getBlockNumber",
    stateMutability: "view",
    inputs: [],
    outputs: [{ name: "blockNumber", type: "uint256" }],
  },
] as const satisfies Abi;

/** EIP-2612's views: the permit nonce and domain separator, the domain's version, and (where published) its typehash. */
export const erc2612Abi = [
  {
    type: "function",
    name: "nonces",
    stateMutability: "view",
    inputs: [{ name: "owner", type: "address" }],
    outputs: [{ name: "", type: "uint256" }],
  },
  {
    type: "function",
    name: "DOMAIN_SEPARATOR",
    stateMutability: "view",
    inputs: [],
    outputs: [{ name: "", type: "bytes32" }],
  },
  {
    type: "function",
    name: "version",
    stateMutability: "view",
    inputs: [],
    outputs: [{ name: "", type: "string" }],
  },
  {
    type: "function",
    name: "PERMIT_TYPEHASH",
    stateMutability: "view",
    inputs: [],
    outputs: [{ name: "", type: "bytes32" }],
  },
] as const satisfies Abi;

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

/**
 * ERC-20 approve as every token answers it: USDT and other early tokens return nothing, where the standard returns
 * a bool, and viem refuses "no data" against the standard ABI before the wallet is even asked.
 */
export const tolerantApproveAbi = [
  {
    type: "function",
    name: "approve",
    stateMutability: "nonpayable",
    inputs: [
      { name: "spender", type: "address" },
      { name: "amount", type: "uint256" },
    ],
    outputs: [],
  },
] as const satisfies Abi;
