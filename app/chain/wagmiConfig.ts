import { connectorsForWallets } from "virtual:rainbowkit-connectors";
import type { WalletList } from "@rainbow-me/rainbowkit";
import { injectedWallet } from "@rainbow-me/rainbowkit/wallets";
import { createConfig } from "wagmi";
import { rpcProfiles, supportedChains } from "./chains";
import { devAccountsWallet } from "./devAccounts/devAccountsWallet";
import { transports } from "./transports";

const projectId = import.meta.env.VITE_WALLETCONNECT_PROJECT_ID;

// Without a WalletConnect project id the app offers only injected wallets (EIP-6963 discovery adds each one the
// browser announces) and never loads the WalletConnect code or dials its relay. The group names are RainbowKit's
// own, which it translates with its locale: the dialog follows the language switch without a reload.
const walletList: WalletList = [
  { groupName: "Installed", wallets: [injectedWallet] },
  { groupName: "Other", wallets: [devAccountsWallet] },
];
if (projectId) {
  const { walletConnectWallets } = await import("./walletConnectWallets");
  walletList.push({ groupName: "More", wallets: walletConnectWallets });
}

export const wagmiConfig = createConfig({
  chains: supportedChains,
  transports,
  connectors: connectorsForWallets(walletList, { appName: "CareChain", projectId: projectId ?? "" }),
  multiInjectedProviderDiscovery: true,
  // Reads of the same moment become one eth_call through Multicall3. viem splits a batch past 1 KB of calldata by
  // default; a page's first reads (about 15 views, well under the nodes' eth_call gas caps) fit in 8 KB. Batches
  // close after 16 ms: closed at the end of each task (0 ms), a page's reads from one render and those of the next
  // left in separate requests, four HTTP requests on the records page against a budget of three.
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
