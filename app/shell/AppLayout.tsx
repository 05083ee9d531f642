import type { ReactNode } from "react";
import { Suspense, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation } from "wouter";
import { useDevAccountChoicePending } from "../chain/devAccounts/devAccountChoice";
import { useFirstPageLoaded } from "../chain/useReadsReady";
import { TxActivity } from "../tx/TxActivity";
import { Announcer } from "../ui/Announcer";
import { warmFormatters } from "../ui/format";
import { lazyComponent } from "../ui/lazyComponent";
import { AddressToggle } from "./AddressToggle";
import { DevAccountSwitch } from "./devAccounts/DevAccountSwitch";
import { LanguageSwitch } from "./LanguageSwitch";
import { NetworkBanner } from "./NetworkBanner";
import { NodeStatusBanner } from "./NodeStatusBanner";
import { lazyPage, navEntries } from "./routes";
import { WalletButton } from "./wallet/WalletButton";

// Not needed for the first paint: loaded after it (the picker only when a dev-accounts user is asked to choose).
const BackgroundWork = lazyComponent(() => import("./BackgroundWork"));
const DevAccountPicker = lazyPage<object>(() =>
  import("./devAccounts/DevAccountPicker").then((module) => ({ default: module.DevAccountPicker })),
);

const linkClass = (isActive: boolean) =>
  `flex min-h-11 items-center rounded-md px-3 text-sm font-medium sm:min-h-9 ${isActive ? "bg-teal-50 text-teal-800" : "text-slate-700 hover:bg-slate-100"}`;

/** The page itself ("page"), a page under it such as a receipt ("true"), or neither. */
const currentness = (path: string, location: string) =>
  location === path ? "page" : path !== "/" && location.startsWith(`${path}/`) ? "true" : undefined;

function NavLinks({ className }: { className: string }) {
  const { t } = useTranslation();
  const [location] = useLocation();
  return (
    <nav aria-label={t("nav.main")} className={className}>
      {navEntries.map(({ name, path }) => {
        const current = currentness(path, location);
        return (
          <Link key={path} href={path} className={linkClass(current !== undefined)} aria-current={current}>
            {t(`capability.${name}.nav`)}
          </Link>
        );
      })}
    </nav>
  );
}

/**
 * The frame of every page. The header stays at the top while the page scrolls; on a phone it is one line (name,
 * wallet, menu) and the links, language and dev-account switch open from the menu.
 */
export function AppLayout({ children }: { children: ReactNode }) {
  const { t, i18n } = useTranslation();
  const [menuOpen, setMenuOpen] = useState(false);
  const [location] = useLocation();
  const choosingDevAccount = useDevAccountChoicePending();
  const firstPageLoaded = useFirstPageLoaded();
  const loading = <p className="text-slate-500">{t("common.loading")}</p>;
  // biome-ignore lint/correctness/useExhaustiveDependencies: following a link closes the menu
  useEffect(() => setMenuOpen(false), [location]);
  const menuButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!menuOpen) return;
    const closeOnEscape = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      setMenuOpen(false);
      menuButton.current?.focus();
    };
    document.addEventListener("keydown", closeOnEscape);
    return () => document.removeEventListener("keydown", closeOnEscape);
  }, [menuOpen]);
  // Made while the page's first reads are in flight, not in the render of their rows.
  useEffect(() => warmFormatters(i18n.language), [i18n.language]);
  return (
    <div className="min-h-screen">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:p-2">
        {t("app.skipToContent")}
      </a>
      <header className="sticky top-0 z-30 border-b border-slate-200 bg-white print:hidden">
        <div className="mx-auto flex max-w-6xl items-center gap-2 px-3 py-2 md:gap-4 md:px-4 md:py-3">
          <span className="text-lg font-bold text-teal-800">{t("app.name")}</span>
          <NavLinks className="hidden flex-1 flex-wrap gap-1 md:flex" />
          <div className="hidden items-center gap-3 md:flex">
            <LanguageSwitch />
            <AddressToggle />
            <DevAccountSwitch />
          </div>
          <div className="ml-auto md:ml-0" data-testid="wallet-area">
            <WalletButton />
          </div>
          <button
            ref={menuButton}
            type="button"
            className="flex min-h-11 min-w-11 items-center justify-center rounded-md border border-slate-300 md:hidden"
            aria-expanded={menuOpen}
            aria-controls="site-menu"
            onClick={() => setMenuOpen((open) => !open)}
          >
            <span aria-hidden="true">☰</span>
            <span className="sr-only">{t("nav.menu")}</span>
          </button>
        </div>
        {menuOpen && (
          <div id="site-menu" className="space-y-3 border-t border-slate-200 px-3 py-3 md:hidden">
            <NavLinks className="flex flex-col gap-1" />
            <div className="flex flex-wrap items-center gap-3">
              <LanguageSwitch />
              <AddressToggle />
              <DevAccountSwitch />
            </div>
          </div>
        )}
        <TxActivity />
      </header>
      <Announcer />
      <NodeStatusBanner />
      <NetworkBanner />
      <main id="main" className="mx-auto max-w-6xl px-3 py-4 md:px-4 md:py-6">
        <Suspense fallback={loading}>{firstPageLoaded ? children : loading}</Suspense>
      </main>
      <Suspense fallback={null}>
        <BackgroundWork />
        {choosingDevAccount && <DevAccountPicker />}
      </Suspense>
    </div>
  );
}
