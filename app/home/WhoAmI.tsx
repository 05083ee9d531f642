import { useTranslation } from "react-i18next";
import { useAccount } from "wagmi";
import { localChain } from "../chain/chains";
import { useDevAccountPersonas } from "../directory/useDevAccountPersonas";
import { RoleBadges } from "../roles/RoleBadges";
import { useMyRoles } from "../roles/useMyRoles";
import { Address } from "../ui/Address";
import { Card } from "../ui/Card";

export function WhoAmI() {
  const { t } = useTranslation();
  const { address, chainId } = useAccount();
  const { roles, isLoading } = useMyRoles();
  const { accounts } = useDevAccountPersonas(address !== undefined && chainId === localChain.id);
  const persona = accounts.find((account) => account.address === address)?.persona;

  return (
    <Card title={t("home.whoTitle")} id="who-am-i">
      {!address ? (
        <p className="text-slate-600">{t("home.notConnected")}</p>
      ) : (
        <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-2 text-sm" data-testid="who-am-i">
          <dt className="font-medium">{t("home.account")}</dt>
          <dd>
            <Address address={address} />
          </dd>
          {persona && (
            <>
              <dt className="font-medium">{t("home.persona")}</dt>
              <dd>
                {persona.name} · {t(`personas.${persona.kind}`)}
              </dd>
            </>
          )}
          <dt className="font-medium">{t("home.roles")}</dt>
          <dd data-testid="my-roles">
            {isLoading ? (
              t("common.loading")
            ) : roles.length ? (
              <RoleBadges roles={roles} />
            ) : (
              t("home.noRoles")
            )}
          </dd>
        </dl>
      )}
    </Card>
  );
}
