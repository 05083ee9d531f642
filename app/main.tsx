import "./styles.css";
import "./i18n";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { StrictMode } from "react";
import { flushSync } from "react-dom";
import { createRoot } from "react-dom/client";
import { WagmiContext } from "wagmi";
import { getAccount, getChainId, reconnect } from "wagmi/actions";
import { hashFn } from "wagmi/query";
import { type AroundNavHandler, Route, Router, Switch } from "wouter";
import { retryRead } from "./chain/retryReads";
import { markFirstPageLoaded } from "./chain/useReadsReady";
import { wagmiConfig } from "./chain/wagmiConfig";
import { AppLayout } from "./shell/AppLayout";
import { notFoundPage, preloadPageFor, routes } from "./shell/routes";
import { headingTakesFocusNext } from "./ui/PageHeading";

// The remembered wallet is asked at once, not when React first renders (as WagmiProvider would: only its context
// is provided below), and the first page's code loads meanwhile.
reconnect(wagmiConfig);
const firstPageLoaded = preloadPageFor(window.location.pathname)
  .catch(() => undefined)
  .finally(markFirstPageLoaded);

// Following a link keeps the current page up until the next one's code is loaded, then switches at once.
const aroundNav: AroundNavHandler = (navigate, to, options) => {
  const go = () => {
    headingTakesFocusNext();
    navigate(to, options);
  };
  preloadPageFor(to).then(go, go);
};

// Query keys carry bigints (block numbers, ids): wagmi's hash function serialises them.
const queryClient = new QueryClient({
  defaultOptions: { queries: { queryKeyHashFn: hashFn, retry: retryRead } },
});

function Providers() {
  return (
    <WagmiContext.Provider value={wagmiConfig}>
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
    </WagmiContext.Provider>
  );
}

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");
// In one task: the first render's effects and the renders they cause run before the browser paints, so the frame
// appears complete (its Connect button included) rather than one paint at a time.
const render = () =>
  flushSync(() =>
    createRoot(root).render(
      <StrictMode>
        <Providers />
      </StrictMode>,
    ),
  );
// index.html preloads a returning visitor's page code beside the app (preloadRoutePage in vite.config.ts): the
// frame and that page then render together once its code has run, so the page's reads leave with the first
// render instead of after a second one. A first visit renders the frame, and its Connect button, at once.
// Its first reads, if the page declares them, leave before that render, in one eth_call: their 0 ms batch timer is
// queued before the render's, and the render, one long task, runs while they are on their way.
if (document.querySelector('link[data-preload="route"]'))
  firstPageLoaded.then((pageReads) => {
    const account = getAccount(wagmiConfig).address;
    if (!pageReads || !account) return render();
    pageReads({ queryClient, config: wagmiConfig, chainId: getChainId(wagmiConfig), account });
    setTimeout(render);
  });
else render();
