/** The wallet actions' code (app/tx/walletActions.ts), downloaded once, when first needed or warmed beforehand. */
export const loadWalletActions = () => import("./walletActions");
