import { Suspense } from "react";
import { useTranslation } from "react-i18next";
import { Card } from "../ui/Card";
import { lazyNamed } from "../ui/lazyComponent";
import { AdminOffers } from "./AdminOffers";
import { RoleMembersList } from "./RoleMembersList";
import { useMyRoles } from "./useMyRoles";
import { useRoleMembers } from "./useRoles";

// Administrators only: the form's code (and the forms chunk) stays off everyone else's home page.
const GrantRoleForm = lazyNamed(() => import("./GrantRoleForm"), "GrantRoleForm");

/** Everyone can see who holds which role; administrators also grant and revoke here. */
export function RoleAdministration() {
  const { t } = useTranslation();
  const { may } = useMyRoles();
  const members = useRoleMembers();
  const isAdmin = may.administer;
  return (
    <Card title={isAdmin ? t("roles.adminTitle") : t("roles.membersTitle")} id="role-administration">
      <AdminOffers />
      {isAdmin && (
        <div className="mb-5">
          <p className="mb-3 text-sm text-slate-600">{t("roles.adminHelp")}</p>
          <Suspense fallback={<p className="text-sm text-slate-500">{t("common.loading")}</p>}>
            <GrantRoleForm members={members.data} />
          </Suspense>
        </div>
      )}
      {members.data ? (
        <RoleMembersList members={members.data} canRevoke={isAdmin} />
      ) : (
        <p className="text-sm text-slate-500">{t("common.loading")}</p>
      )}
    </Card>
  );
}
