/// <reference types="vite/client" />

interface ImportMetaEnv {
  readonly VITE_LOCAL_RPC_URL?: string;
  readonly VITE_SEPOLIA_RPC_URL?: string;
  readonly VITE_BASE_SEPOLIA_RPC_URL?: string;
  /** WalletConnect Cloud project id; without it the app offers injected wallets only and dials no relay. */
  readonly VITE_WALLETCONNECT_PROJECT_ID?: string;
}
