import {
  coinbaseWallet,
  metaMaskWallet,
  rainbowWallet,
  walletConnectWallet,
} from "@rainbow-me/rainbowkit/wallets";

/** Loaded only when VITE_WALLETCONNECT_PROJECT_ID is set: these wallets need WalletConnect's relay. */
export const walletConnectWallets = [metaMaskWallet, rainbowWallet, coinbaseWallet, walletConnectWallet];
