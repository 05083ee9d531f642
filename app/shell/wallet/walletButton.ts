/** The header's wallet button as it is now: RainbowKit's account button once connected, else Connect. */
export const walletButton = () =>
  document.querySelector<HTMLButtonElement>('[data-testid="rk-account-button"]') ??
  document.querySelector<HTMLButtonElement>('[data-testid="wallet-area"] button');
