import "./styles.css";
import "@rainbow-me/rainbowkit/styles.css";
import "./i18n";
import { RainbowKitProvider } from "@rainbow-me/rainbowkit";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { lazy, StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { useTranslation } from "react-i18next";
import { WagmiProvider } from "wagmi";
import { Route, Switch } from "wouter";
import { wagmiConfig } from "./chain/wagmiConfig";
import { AppLayout } from "./shell/AppLayout";

const HomePage = lazy(() => import("./home/HomePage"));
const ResourcesPage = lazy(() => import("./resources/ResourcesPage"));
const RecordsPage = lazy(() => import("./records/RecordsPage"));
const PaymentsPage = lazy(() => import("./payments/PaymentsPage"));
const ReceiptPage = lazy(() => import("./payments/ReceiptPage"));
const NotFoundPage = lazy(() => import("./ui/NotFoundPage"));

const queryClient = new QueryClient();

function Providers() {
  const { i18n } = useTranslation();
  return (
    <WagmiProvider config={wagmiConfig}>
      <QueryClientProvider client={queryClient}>
        <RainbowKitProvider locale={i18n.language === "zh-CN" ? "zh-CN" : "en-US"}>
          <AppLayout>
            <Switch>
              <Route path="/" component={HomePage} />
              <Route path="/resources" component={ResourcesPage} />
              <Route path="/records" component={RecordsPage} />
              <Route path="/payments" component={PaymentsPage} />
              <Route path="/payments/receipt/:id" component={ReceiptPage} />
              <Route component={NotFoundPage} />
            </Switch>
          </AppLayout>
        </RainbowKitProvider>
      </QueryClientProvider>
    </WagmiProvider>
  );
}

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");
createRoot(root).render(
  <StrictMode>
    <Providers />
  </StrictMode>,
);
