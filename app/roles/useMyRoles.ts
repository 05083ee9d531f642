import { useMemo } from "react";
import { useAccount } from "wagmi";
import type { RoleName } from "../contracts/roleIds";
import { useRolesOf } from "./useRoles";

/**
 * What the connected account may do, as the contracts decide it, answered in one place for every page: the roles
 * behind each permission are the contracts' own rules (an administrator also allocates; who invoices is what
 * CareRoles.isProvider says). Pages ask "may allocate?", never which roles that takes.
 */
export type Permissions = {
  /** Grant and revoke roles, add resource types and facilities, approve requests, pause payments. */
  administer: boolean;
  allocate: boolean;
  /** Issue, cancel and refund invoices. */
  invoice: boolean;
  /** Write records for patients who allow it. */
  writeRecords: boolean;
};

const NO_ROLES: readonly RoleName[] = [];

const permissionsOf = (roles: readonly RoleName[], provider: boolean): Permissions => ({
  administer: roles.includes("ADMIN"),
  allocate: roles.includes("ADMIN") || roles.includes("ALLOCATOR"),
  invoice: provider,
  writeRecords: roles.includes("DOCTOR"),
});

/** The connected account's roles and permissions (none while disconnected or loading). */
export function useMyRoles(): { roles: readonly RoleName[]; may: Permissions; isLoading: boolean } {
  const { address } = useAccount();
  const accounts = useMemo(() => (address ? [address] : undefined), [address]);
  const query = useRolesOf(accounts);
  const roles = (address && query.data?.get(address)) || NO_ROLES;
  const provider = (address && query.providers?.get(address)) ?? false;
  const may = useMemo(() => permissionsOf(roles, provider), [roles, provider]);
  return { roles, may, isLoading: query.isLoading };
}
