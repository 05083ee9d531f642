import { useMemo } from "react";
import type { Address } from "viem";
import { useChainId, useReadContracts } from "wagmi";
import type { SupportedChainId } from "../chain/chains";
import { contractAddress } from "../chain/deployments";
import { careRolesAbi } from "../contracts/generated/careRoles";
import { ROLE_NAMES, type RoleName, roleId } from "./roleIds";

type RoleFlags = readonly [boolean, boolean, boolean, boolean];

/** The roles each account holds, read in one batched request. */
export function useRolesOf(accounts: readonly Address[] | undefined, chainIdOverride?: SupportedChainId) {
  const currentChainId = useChainId();
  const chainId = chainIdOverride ?? currentChainId;
  const address = contractAddress(chainId, "CareRoles");
  const query = useReadContracts({
    allowFailure: false,
    contracts: (accounts ?? []).map((account) => ({
      chainId,
      address,
      abi: careRolesAbi,
      functionName: "rolesOf",
      args: [account],
    })),
    query: { enabled: address !== undefined && (accounts?.length ?? 0) > 0 },
  });
  const data = useMemo(() => {
    if (!accounts || !query.data) return undefined;
    const flags = query.data as unknown as RoleFlags[];
    // rolesOf returns (isAdmin, isDoctor, isBilling, isAllocator): the order of ROLE_NAMES.
    return new Map(
      accounts.map(
        (account, i) => [account, ROLE_NAMES.filter((_, r) => flags[i]?.[r])] as [Address, RoleName[]],
      ),
    );
  }, [accounts, query.data]);
  return { ...query, data };
}

/** Everyone holding each role, listed from the contract's enumerable role sets. */
export function useRoleMembers() {
  const chainId = useChainId();
  const address = contractAddress(chainId, "CareRoles");
  const query = useReadContracts({
    allowFailure: false,
    contracts: ROLE_NAMES.map((role) => ({
      chainId,
      address,
      abi: careRolesAbi,
      functionName: "getRoleMembers",
      args: [roleId(role)],
    })),
    query: { enabled: address !== undefined },
  });
  const data = useMemo(() => {
    if (!query.data) return undefined;
    const lists = query.data as unknown as (readonly Address[])[];
    return new Map(ROLE_NAMES.map((role, i) => [role, lists[i] ?? []] as [RoleName, readonly Address[]]));
  }, [query.data]);
  return { ...query, data };
}
