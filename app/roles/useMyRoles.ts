import { useAccount } from "wagmi";
import type { RoleName } from "./roleIds";
import { useRolesOf } from "./useRoles";

/** The connected account's roles (empty while disconnected or loading). */
export function useMyRoles(): { roles: readonly RoleName[]; isLoading: boolean } {
  const { address } = useAccount();
  const query = useRolesOf(address ? [address] : undefined);
  return { roles: (address && query.data?.get(address)) || [], isLoading: query.isLoading };
}
