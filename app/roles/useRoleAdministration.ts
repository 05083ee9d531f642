import { useTranslation } from "react-i18next";
import type { Address } from "viem";
import { careRolesAbi } from "../contracts/generated/careRoles";
import { useContractAction } from "../tx/useContractAction";
import { shortAddress } from "../ui/format";
import { type RoleName, roleId } from "./roleIds";

/** Grant and revoke roles on the CareRoles authority. */
export function useRoleAdministration() {
  const { t } = useTranslation();
  const { send, busy } = useContractAction("CareRoles", careRolesAbi);
  const labels = (role: RoleName, target: Address) => ({
    role: t(`roles.${role}`),
    account: shortAddress(target),
  });
  return {
    grant: (role: RoleName, target: Address) =>
      send(t("roles.tx.grant", labels(role, target)), "grantRole", [roleId(role), target]),
    revoke: (role: RoleName, target: Address) =>
      send(t("roles.tx.revoke", labels(role, target)), "revokeRole", [roleId(role), target]),
    busy,
  };
}
