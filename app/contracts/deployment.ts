import type { Address, Hex, TypedDataDomain } from "viem";

/** Where one contract lives on one chain. The block hash tells two deployments at the same address apart. */
export type DeployedContract = { address: Address; blockNumber: number; blockHash: Hex };

/** What the app shows and signs for one ERC-20, as the token answers about itself (app/payments/tokenFacts.ts). */
export type TokenDescription = {
  symbol: string;
  decimals: number;
  name: string;
  /** The EIP-712 domain the token checks permits against; absent when it has none (approve, then pay). */
  permitDomain?: TypedDataDomain;
};

export type DeployedToken = TokenDescription & { address: Address };

/** One chain's deployment, written by the deploy step to app/contracts/deployments/<chainId>.json. */
export type Deployment = {
  chainId: number;
  /** keccak256 of the deployed contracts' creation code, to notice when the sources changed since. */
  buildHash: Hex;
  contracts: Record<string, DeployedContract>;
  /**
   * The ERC-20 tokens the payments contract accepted right after the deploy, described as they answered then. Like
   * a token list, this spares every visitor reading these facts before their first screen; the chain stays the
   * authority on what is accepted, and a token learnt later is read from itself.
   */
  tokens: DeployedToken[];
};
