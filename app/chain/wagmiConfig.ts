import { connectorsForWallets, type WalletList } from "@rainbow-me/rainbowkit";
import { injectedWallet } from "@rainbow-me/rainbowkit/wallets";
import { createConfig } from "wagmi";
import i18n from "../i18n";
import { localChain, supportedChains, transports } from "./chains";
import { devAccountsWallet } from "./devAccounts/devAccountsWallet";

const projectId = import.meta.env.VITE_WALLETCONNECT_PROJECT_ID;

// Without a WalletConnect project id the app offers only injected wallets (EIP-6963 discovery adds each one the
// browser announces) and never loads the WalletConnect code or dials its relay.
const walletList: WalletList = [
  { groupName: i18n.t("wallets.browser"), wallets: [injectedWallet] },
  { groupName: i18n.t("wallets.local"), wallets: [devAccountsWallet] },
];
if (projectId) {
  const { walletConnectWallets } = await import("./walletConnectWallets");
  walletList.push({ groupName: i18n.t("wallets.more"), wallets: walletConnectWallets });
}

export const wagmiConfig = createConfig({
  chains: supportedChains,
  transports,
  connectors: connectorsForWallets(walletList, { appName: "CareChain", projectId: projectId ?? "" }),
  multiInjectedProviderDiscovery: true,
  // anvil mines on arrival: poll fast so a local transaction shows as confirmed well under a second later.
  pollingInterval: { [localChain.id]: 100 },
});

declare module "wagmi" {
  interface Register {
    config: typeof wagmiConfig;
  }
}
