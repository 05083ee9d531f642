import { type Abi, multicall3Abi, parseAbi } from "viem";

/**
 * The ABIs of outside standards the app calls, in one place: viem's where it ships them (ERC-20, Multicall3), else
 * the standard's own fragment. CareChain's contracts' ABIs are generated from the build (app/contracts/generated).
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
export const erc2612Abi = parseAbi([
  "function nonces(address owner) view returns (uint256)",
  "function DOMAIN_SEPARATOR() view returns (bytes32)",
  "function version() view returns (string)",
  "function PERMIT_TYPEHASH() view returns (bytes32)",
]);

/** EIP-5267: a token states the EIP-712 domain it checks signatures against. */
export const eip5267Abi = parseAbi([
  "function eip712Domain() view returns (bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)",
]);

/**
 * ERC-20 approve as every token answers it: USDT and other early tokens return nothing, where the standard returns
 * a bool, and viem refuses "no data" against the standard ABI before the wallet is even asked.
 */
export const tolerantApproveAbi = parseAbi(["function approve(address spender, uint256 amount)"]);
