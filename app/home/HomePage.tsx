import { useTranslation } from "react-i18next";
import { useChainId } from "wagmi";
import { Link } from "wouter";
import { isDeployedOn } from "../contracts/deployments";
import { RoleAdministration } from "../roles/RoleAdministration";
import { WhoAmI } from "./WhoAmI";

const capabilities = ["resources", "records", "payments"] as const;

export default function HomePage() {
  const { t } = useTranslation();
  const chainId = useChainId();
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold">{t("home.title")}</h1>
        <p className="max-w-3xl text-slate-700">{t("home.intro")}</p>
        <p className="max-w-3xl text-sm text-teal-800">{t("home.privacy")}</p>
      </header>
      <WhoAmI />
      <section aria-labelledby="capabilities-title">
        <h2 id="capabilities-title" className="mb-3 text-lg font-semibold">
          {t("home.capabilitiesTitle")}
        </h2>
        <ul className="grid gap-4 md:grid-cols-3">
          {capabilities.map((capability) => (
            <li key={capability}>
              <Link
                href={`/${capability}`}
                className="block h-full rounded-lg border border-slate-200 bg-white p-4 shadow-sm hover:border-teal-600 focus-visible:outline-2 focus-visible:outline-teal-600"
              >
                <span className="block font-semibold text-teal-800">
                  {t(`capabilities.${capability}.title`)}
                </span>
                <span className="mt-1 block text-sm text-slate-600">
                  {t(`capabilities.${capability}.summary`)}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      </section>
      {isDeployedOn(chainId) && <RoleAdministration />}
    </div>
  );
}
