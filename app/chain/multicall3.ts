import type { Abi } from "viem";

/**
 * Views of Multicall3 (canonical on public chains, placed by the local stack on anvil) that read chain state other
 * than a contract's: they join the moment's aggregate3 batch like any contract view.
 */
export const multicall3ViewsAbi = [
  {
    type: "function",
    name: "getEthBalance",
    stateMutability: "view",
    inputs: [{ name: "account", type: "address" }],
    outputs: [{ name: "", type: "uint256" }],
  },
  {
    type: "function",
    name: "getBlockNumber",
    stateMutability: "view",
    inputs: [],
    outputs: [{ name: "", type: "uint256" }],
  },
] as const satisfies Abi;
