/// <reference types="vite/client" />

interface ImportMetaEnv {
  readonly VITE_LOCAL_RPC_URL?: string;
  readonly VITE_SEPOLIA_RPC_URL?: string;
  readonly VITE_BASE_SEPOLIA_RPC_URL?: string;
  /** The endpoints' WebSockets, where they offer one: new heads are then pushed (eth_subscribe), not polled. */
  readonly VITE_LOCAL_WS_URL?: string;
  readonly VITE_SEPOLIA_WS_URL?: string;
  readonly VITE_BASE_SEPOLIA_WS_URL?: string;
  /** WalletConnect Cloud project id; without it the app offers injected wallets only and dials no relay. */
  readonly VITE_WALLETCONNECT_PROJECT_ID?: string;
  /** "on" builds the developers' tools (the contract explorer) into a production build, as the e2e suite does. */
  readonly VITE_DEV_TOOLS?: string;
}

/** RainbowKit's connectorsForWallets from a copy of its module, without the UI beside it (vite.config.ts). */
declare module "virtual:rainbowkit-connectors" {
  export { connectorsForWallets } from "@rainbow-me/rainbowkit";
}
