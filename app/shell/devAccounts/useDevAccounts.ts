import { localChain } from "../../chain/chains";
import { useDevAccountPersonas } from "../../directory/useDevAccountPersonas";
import { useRolesOf } from "../../roles/useRoles";

/** The development accounts with the roles each holds on chain, for the account picker. */
export function useDevAccounts(enabled: boolean) {
  const { accounts, addresses, isLoading, isError } = useDevAccountPersonas(enabled);
  const roles = useRolesOf(addresses, localChain.id);
  return {
    accounts: accounts.map((account) => ({ ...account, roles: roles.data?.get(account.address) })),
    isLoading,
    isError,
  };
}
