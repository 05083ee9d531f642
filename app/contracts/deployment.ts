import type { Address, Hex } from "viem";

/** Where one contract lives on one chain. The block hash tells two deployments at the same address apart. */
export type DeployedContract = { address: Address; blockNumber: number; blockHash: Hex };

/** One chain's deployment, written by the deploy step to app/contracts/deployments/<chainId>.json. */
export type Deployment = {
  chainId: number;
  /** keccak256 of the deployed contracts' creation code, to notice when the sources changed since. */
  buildHash: Hex;
  contracts: Record<string, DeployedContract>;
  /**
   * The ERC-20 tokens the payments contract accepted right after the deploy: the app reads their facts with its
   * first reads instead of after learning them from the chain (which stays the authority on what is accepted).
   */
  tokens: Address[];
};
