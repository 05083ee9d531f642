import { useTranslation } from "react-i18next";
import type { Address as AddressType } from "viem";
import { useAccount } from "wagmi";
import { ROLE_NAMES, type RoleName } from "../contracts/roleIds";
import { PartyName } from "../directory/PartyName";
import { ActsOn } from "../ui/ActsOn";
import { Button } from "../ui/Button";
import { useRoleAdministration } from "./useRoleAdministration";

export function RoleMembersList({
  members,
  canRevoke,
}: {
  members: ReadonlyMap<RoleName, { members: readonly AddressType[]; total: number }>;
  canRevoke: boolean;
}) {
  const { t } = useTranslation();
  const { address: me } = useAccount();
  const { revoke, busy } = useRoleAdministration();
  return (
    <dl className="grid gap-4 sm:grid-cols-2">
      {ROLE_NAMES.map((role) => {
        const { members: holders = [], total = 0 } = members.get(role) ?? {};
        return (
          <div key={role} data-testid={`role-members-${role}`}>
            <dt id={`role-${role}`} className="font-medium">
              {t(`roles.${role}`)}
            </dt>
            {holders.length === 0 && <dd className="text-sm text-slate-500">{t("roles.noMembers")}</dd>}
            {total > holders.length && (
              <dd className="text-xs text-slate-500">
                {t("roles.andMore", { count: total - holders.length })}
              </dd>
            )}
            {holders.map((holder) => (
              <dd key={holder} className="flex items-center justify-between gap-2 py-0.5">
                <span id={`role-${role}-${holder}`}>
                  <PartyName address={holder} />
                  {holder === me && <span className="ml-1 text-xs text-slate-500">({t("roles.you")})</span>}
                </span>
                {canRevoke && (
                  <ActsOn describedBy={`role-${role}-${holder} role-${role}`}>
                    <Button variant="danger" disabled={busy} onClick={() => revoke(role, holder)}>
                      {t("roles.revoke")}
                    </Button>
                  </ActsOn>
                )}
              </dd>
            ))}
          </div>
        );
      })}
    </dl>
  );
}
