import type { Address } from "viem";
import type { DeployedContract, DeployedToken, Deployment } from "./deployment";
import type { ContractName } from "./registry";

const files = import.meta.glob<Deployment>("@deployments/*.json", { eager: true, import: "default" });

/** Every chain CareChain is deployed on, by chain id, as recorded by the deploy step. */
export const deployments: ReadonlyMap<number, Deployment> = new Map(
  Object.values(files).map((deployment) => [deployment.chainId, deployment]),
);

export function deployedContract(
  chainId: number | undefined,
  name: ContractName,
): DeployedContract | undefined {
  return chainId === undefined ? undefined : deployments.get(chainId)?.contracts[name];
}

export function contractAddress(chainId: number | undefined, name: ContractName): Address | undefined {
  return deployedContract(chainId, name)?.address;
}

/** The tokens the payments contract accepted when deployed on this chain, described (see Deployment.tokens). */
export function deployedTokens(chainId: number | undefined): readonly DeployedToken[] {
  return (chainId !== undefined && deployments.get(chainId)?.tokens) || [];
}

export function isDeployedOn(chainId: number | undefined): boolean {
  return chainId !== undefined && deployments.has(chainId);
}

/** The CareChain contract at `address` on this chain, if it is one. */
export function contractNameAt(chainId: number, address: string): ContractName | undefined {
  const contracts = deployments.get(chainId)?.contracts ?? {};
  const entry = Object.entries(contracts).find(
    ([, deployed]) => deployed.address.toLowerCase() === address.toLowerCase(),
  );
  return entry?.[0] as ContractName | undefined;
}
