import type { Address } from "viem";
import type { Deployment } from "../contracts/deployment";

const files = import.meta.glob<Deployment>("@deployments/*.json", { eager: true, import: "default" });

/** Every chain CareChain is deployed on, by chain id, as recorded by the deploy step. */
export const deployments: ReadonlyMap<number, Deployment> = new Map(
  Object.values(files).map((deployment) => [deployment.chainId, deployment]),
);

export type ContractName = "CareRoles" | "ResourceAllocation" | "PatientRecords" | "ServicePayments";

export function contractAddress(chainId: number | undefined, name: ContractName): Address | undefined {
  return chainId === undefined ? undefined : deployments.get(chainId)?.contracts[name]?.address;
}

export function isDeployedOn(chainId: number | undefined): boolean {
  return chainId !== undefined && deployments.has(chainId);
}
