import "./styles.css";
import "@rainbow-me/rainbowkit/styles.css";
import "./i18n";
import { lightTheme, RainbowKitProvider } from "@rainbow-me/rainbowkit";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { StrictMode } from "react";
import { flushSync } from "react-dom";
import { createRoot } from "react-dom/client";
import { useTranslation } from "react-i18next";
import { WagmiProvider } from "wagmi";
import { hashFn } from "wagmi/query";
import { type AroundNavHandler, Route, Router, Switch } from "wouter";
import { markFirstPageLoaded } from "./chain/useReadsReady";
import { wagmiConfig } from "./chain/wagmiConfig";
import { AppLayout } from "./shell/AppLayout";
import { notFoundPage, preloadPageFor, routes } from "./shell/routes";

// The first page's code downloads while the wallet reconnects, not after the layout has rendered.
preloadPageFor(window.location.pathname)
  .catch(() => {})
  .finally(markFirstPageLoaded);

// Following a link keeps the current page up until the next one's code is loaded, then switches at once.
const aroundNav: AroundNavHandler = (navigate, to, options) => {
  const go = () => navigate(to, options);
  preloadPageFor(to).then(go, go);
};

// Query keys carry bigints (block numbers, ids): wagmi's hash function serialises them.
const queryClient = new QueryClient({ defaultOptions: { queries: { queryKeyHashFn: hashFn } } });

// RainbowKit's default secondary text (60% grey on white) is below WCAG AA contrast: slate-600 instead.
const walletTheme = lightTheme({ accentColor: "#0f766e" });
walletTheme.colors.modalTextSecondary = "#475569";
walletTheme.colors.modalTextDim = "#475569";

function Providers() {
  const { i18n } = useTranslation();
  return (
    <WagmiProvider config={wagmiConfig}>
      <QueryClientProvider client={queryClient}>
        <RainbowKitProvider theme={walletTheme} locale={i18n.language === "zh-CN" ? "zh-CN" : "en-US"}>
          <Router aroundNav={aroundNav}>
            <AppLayout>
              <Switch>
                {routes.map(({ path, page }) => (
                  <Route key={path} path={path} component={page} />
                ))}
                <Route component={notFoundPage} />
              </Switch>
            </AppLayout>
          </Router>
        </RainbowKitProvider>
      </QueryClientProvider>
    </WagmiProvider>
  );
}

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");
// In one task: the first render's effects (RainbowKit shows its button from an effect) and the render they cause run
// before the browser paints, so the frame and the Connect button appear together instead of one paint apart.
flushSync(() =>
  createRoot(root).render(
    <StrictMode>
      <Providers />
    </StrictMode>,
  ),
);
