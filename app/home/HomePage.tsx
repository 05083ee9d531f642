import { useTranslation } from "react-i18next";
import { useChainId } from "wagmi";
import { Link } from "wouter";
import { homeCards } from "../capabilities";
import { isDeployedOn } from "../contracts/deployments";
import { RoleAdministration } from "../roles/RoleAdministration";
import { PageHeading } from "../ui/PageHeading";
import { WhoAmI } from "./WhoAmI";

export default function HomePage() {
  const { t } = useTranslation();
  const chainId = useChainId();
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <PageHeading title={t("app.name")}>{t("home.title")}</PageHeading>
        <p className="max-w-3xl text-slate-700">{t("home.intro")}</p>
        <p className="max-w-3xl text-sm text-teal-800">{t("home.privacy")}</p>
      </header>
      <WhoAmI />
      <section aria-labelledby="capabilities-title">
        <h2 id="capabilities-title" className="mb-3 text-lg font-semibold">
          {t("home.capabilitiesTitle")}
        </h2>
        <ul className="grid gap-4 md:grid-cols-3">
          {homeCards.map(({ name, routes: [first] }) => (
            <li key={name}>
              <Link
                href={first.path}
                className="block h-full rounded-lg border border-slate-200 bg-white p-4 shadow-sm hover:border-teal-600 focus-visible:outline-2 focus-visible:outline-teal-600"
              >
                <span className="block font-semibold text-teal-800">{t(`capability.${name}.title`)}</span>
                <span className="mt-1 block text-sm text-slate-600">{t(`capability.${name}.summary`)}</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>
      {isDeployedOn(chainId) && <RoleAdministration />}
    </div>
  );
}
