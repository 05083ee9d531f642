import { useMemo } from "react";
import type { Address } from "viem";
import type { Config } from "wagmi";
import { ROLE_NAMES, type RoleName, roleId } from "../contracts/roleIds";
import { contractReadsQuery, useContractReads, type ViewResult } from "../sync/reads/useContractRead";

const rolesArgs = (accounts: readonly Address[]) => accounts.map((account) => [account] as const);

/** The query of the roles `accounts` hold, as `useRolesOf` asks it, for reads started ahead of a render. */
export function rolesOfQuery(
  config: Config,
  chainId: number,
  accounts: readonly Address[],
  read?: (functionName: "rolesOf", args: unknown) => Promise<ViewResult<"CareRoles", "rolesOf">>,
) {
  return contractReadsQuery(config, chainId, "CareRoles", "rolesOf", rolesArgs(accounts), read);
}

/**
 * The roles each account holds, read in one call, and which accounts the contract counts as providers (it states
 * that rule, CareRoles.isProvider; the app does not repeat it).
 */
export function useRolesOf(accounts: readonly Address[] | undefined, chainId?: number) {
  const argsList = useMemo(() => accounts && rolesArgs(accounts), [accounts]);
  const query = useContractReads("CareRoles", "rolesOf", argsList, { chainId });
  const { data, providers } = useMemo(() => {
    if (!accounts || !query.data) return {};
    // rolesOf returns (isAdmin, isDoctor, isBilling, isAllocator, provider): the order of ROLE_NAMES, then the rule.
    const answers = accounts.map((account, i) => [account, query.data[i]] as const);
    return {
      data: new Map(answers.map(([account, flags]) => [account, ROLE_NAMES.filter((_, r) => flags?.[r])])),
      providers: new Map(answers.map(([account, flags]) => [account, flags?.[ROLE_NAMES.length] === true])),
    };
  }, [accounts, query.data]);
  return { ...query, data, providers };
}

/** How many members each role shows at first; more on request. */
export const MEMBERS_SHOWN = 20;

/**
 * The holders of each role, at most `shown` per role (a network may have thousands of doctors): the counts first,
 * then the first members of each, all in one call each.
 */
export function useRoleMembers(shown = MEMBERS_SHOWN) {
  const countArgs = useMemo(() => ROLE_NAMES.map((role) => [roleId(role)] as const), []);
  const counts = useContractReads("CareRoles", "getRoleMemberCount", countArgs);
  const memberArgs = useMemo(
    () =>
      counts.data &&
      ROLE_NAMES.flatMap((role, r) =>
        Array.from(
          { length: Math.min(Number(counts.data[r] ?? 0n), shown) },
          (_, i) => [roleId(role), BigInt(i)] as const,
        ),
      ),
    [counts.data, shown],
  );
  const members = useContractReads("CareRoles", "getRoleMember", memberArgs, {
    enabled: memberArgs !== undefined,
  });
  const data = useMemo(() => {
    if (!counts.data || (memberArgs?.length && !members.data)) return undefined;
    const lists = new Map<RoleName, { members: Address[]; total: number }>();
    let next = 0;
    ROLE_NAMES.forEach((role, r) => {
      const total = Number(counts.data[r] ?? 0n);
      const taken = Math.min(total, shown);
      lists.set(role, { members: (members.data ?? []).slice(next, next + taken) as Address[], total });
      next += taken;
    });
    return lists;
  }, [counts.data, members.data, memberArgs, shown]);
  return { data, isLoading: counts.isLoading || members.isLoading };
}
