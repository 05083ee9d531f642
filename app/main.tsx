import "./styles.css";
import "./i18n";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { StrictMode } from "react";
import { flushSync } from "react-dom";
import { createRoot } from "react-dom/client";
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

function Providers() {
  return (
    <WagmiProvider config={wagmiConfig}>
      <QueryClientProvider client={queryClient}>
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
      </QueryClientProvider>
    </WagmiProvider>
  );
}

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");
// In one task: the first render's effects and the renders they cause run before the browser paints, so the frame
// appears complete (its Connect button included) rather than one paint at a time.
flushSync(() =>
  createRoot(root).render(
    <StrictMode>
      <Providers />
    </StrictMode>,
  ),
);
