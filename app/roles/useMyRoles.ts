import { useMemo } from "react";
import { useAccount } from "wagmi";
import type { RoleName } from "../contracts/roleIds";
import { useRolesOf } from "./useRoles";

/** The connected account's roles (empty while disconnected or loading). */
export function useMyRoles(): { roles: readonly RoleName[]; isLoading: boolean } {
  const { address } = useAccount();
  const accounts = useMemo(() => (address ? [address] : undefined), [address]);
  const query = useRolesOf(accounts);
  return { roles: (address && query.data?.get(address)) || [], isLoading: query.isLoading };
}
