import { useTranslation } from "react-i18next";
import type { Address } from "viem";
import { type RoleName, roleId } from "../contracts/roleIds";
import { useContractAction } from "../tx/useContractAction";
import { shortAddress } from "../ui/format";

/**
 * Grant and revoke roles on the CareRoles authority. The administrator role is offered, then accepted by its new
 * holder (a two-step hand-over: it can never go to an address nobody controls).
 */
export function useRoleAdministration() {
  const { t } = useTranslation();
  const { send, busy } = useContractAction("CareRoles");
  const labels = (role: RoleName, target: Address) => ({
    role: t(`roles.${role}`),
    account: shortAddress(target),
  });
  return {
    grant: (role: RoleName, target: Address) =>
      role === "ADMIN"
        ? send(t("roles.tx.offerAdmin", { account: shortAddress(target) }), "offerAdmin", [target])
        : send(t("roles.tx.grant", labels(role, target)), "grantRole", [roleId(role), target]),
    revoke: (role: RoleName, target: Address) =>
      send(t("roles.tx.revoke", labels(role, target)), "revokeRole", [roleId(role), target]),
    acceptAdmin: () => send(t("roles.tx.acceptAdmin"), "acceptAdmin", []),
    withdrawAdminOffer: (target: Address) =>
      send(t("roles.tx.withdrawAdminOffer", { account: shortAddress(target) }), "withdrawAdminOffer", [
        target,
      ]),
    busy,
  };
}
