// The smallest RainbowKit + wagmi app with CareChain's wallet list: the yardstick for our first-load bundle.
import "@rainbow-me/rainbowkit/styles.css";
import { ConnectButton, connectorsForWallets, RainbowKitProvider } from "@rainbow-me/rainbowkit";
import { injectedWallet } from "@rainbow-me/rainbowkit/wallets";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { createRoot } from "react-dom/client";
import { http } from "viem";
import { foundry } from "viem/chains";
import { createConfig, WagmiProvider } from "wagmi";

const config = createConfig({
  chains: [foundry],
  transports: { [foundry.id]: http() },
  connectors: connectorsForWallets([{ groupName: "Wallets", wallets: [injectedWallet] }], {
    appName: "Baseline",
    projectId: "",
  }),
  multiInjectedProviderDiscovery: true,
});

const root = document.getElementById("root");
if (root) {
  createRoot(root).render(
    <WagmiProvider config={config}>
      <QueryClientProvider client={new QueryClient()}>
        <RainbowKitProvider>
          <ConnectButton />
        </RainbowKitProvider>
      </QueryClientProvider>
    </WagmiProvider>,
  );
}
