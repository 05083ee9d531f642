import { connectorsForWallets, type WalletList } from "@rainbow-me/rainbowkit";
import { injectedWallet } from "@rainbow-me/rainbowkit/wallets";
import { createConfig } from "wagmi";
import i18n from "../i18n";
import { rpcProfiles, supportedChains } from "./chains";
import { devAccountsWallet } from "./devAccounts/devAccountsWallet";
import { transports } from "./transports";

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
  // Reads of the same moment become one eth_call through Multicall3. viem splits a batch past 1 KB of calldata by
  // default; a page's first reads (about 30 views, well under the nodes' eth_call gas caps) fit in 8 KB.
  batch: { multicall: { wait: 16, batchSize: 8_192 } },
  // Polling (receipts, wagmi's own watchers) follows each chain's block time, not a fixed fast pace.
  pollingInterval: Object.fromEntries(
    supportedChains.map((chain) => [chain.id, Math.max(250, rpcProfiles[chain.id].blockTimeMs / 2)]),
  ),
});

declare module "wagmi" {
  interface Register {
    config: typeof wagmiConfig;
  }
}
