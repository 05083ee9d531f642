import { ConnectButton } from "@rainbow-me/rainbowkit";
import type { ReactNode } from "react";
import { Suspense } from "react";
import { useTranslation } from "react-i18next";
import { Toaster } from "sonner";
import { Link } from "wouter";
import { useChainSync } from "../contracts/useChainSync";
import { DevAccountPicker } from "./devAccounts/DevAccountPicker";
import { DevAccountSwitch } from "./devAccounts/DevAccountSwitch";
import { LanguageSwitch } from "./LanguageSwitch";
import { NetworkBanner } from "./NetworkBanner";
import { NodeStatusBanner } from "./NodeStatusBanner";
import { navRoutes } from "./routes";

export function AppLayout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  useChainSync();
  return (
    <div className="min-h-screen">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:p-2">
        {t("app.skipToContent")}
      </a>
      <header className="border-b border-slate-200 bg-white print:hidden">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-4 px-4 py-3">
          <span className="text-lg font-bold text-teal-800">{t("app.name")}</span>
          <nav aria-label={t("nav.main")} className="flex flex-1 flex-wrap gap-1">
            {navRoutes.map(({ path, nav }) => (
              <Link
                key={path}
                href={path}
                className={(isActive) =>
                  `rounded-md px-3 py-1.5 text-sm font-medium ${isActive ? "bg-teal-50 text-teal-800" : "text-slate-700 hover:bg-slate-100"}`
                }
              >
                {t(nav)}
              </Link>
            ))}
          </nav>
          <LanguageSwitch />
          <DevAccountSwitch />
          <ConnectButton showBalance={false} chainStatus="icon" accountStatus="address" />
        </div>
      </header>
      <NodeStatusBanner />
      <NetworkBanner />
      <main id="main" className="mx-auto max-w-6xl px-4 py-6">
        <Suspense fallback={<p className="text-slate-500">{t("common.loading")}</p>}>{children}</Suspense>
      </main>
      <DevAccountPicker />
      <Toaster position="bottom-right" richColors closeButton />
    </div>
  );
}
