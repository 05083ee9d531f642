import type { Wallet } from "@rainbow-me/rainbowkit";
import { createConnector } from "wagmi";
import i18n from "../../i18n";
import { DEV_ACCOUNTS_CONNECTOR_ID, devAccounts } from "./devAccountsConnector";

const icon = `data:image/svg+xml,${encodeURIComponent(
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 28 28"><rect width="28" height="28" fill="#0f766e"/><path d="M9 9l-4 5 4 5M19 9l4 5-4 5M16 7l-4 14" stroke="#fff" stroke-width="2" fill="none" stroke-linecap="round"/></svg>',
)}`;

/** RainbowKit's entry for the local dev accounts: shown in the wallet list, connects through our picker. */
export const devAccountsWallet = (): Wallet => ({
  id: DEV_ACCOUNTS_CONNECTOR_ID,
  name: i18n.t("devAccounts.walletName"),
  iconUrl: icon,
  iconBackground: "#0f766e",
  installed: true,
  createConnector: (walletDetails) => {
    // RainbowKit reads a wallet's name from the connector's details at each render of its dialog, and the
    // connector lives as long as the page: its name follows the language switch as the dialog's own words do.
    i18n.on("languageChanged", () => {
      walletDetails.rkDetails.name = i18n.t("devAccounts.walletName");
    });
    return createConnector((config) => ({ ...devAccounts()(config), ...walletDetails }));
  },
});
