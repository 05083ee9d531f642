import "@rainbow-me/rainbowkit/styles.css";
import {
  ConnectButton,
  lightTheme,
  RainbowKitProvider,
  useAccountModal,
  useChainModal,
  useConnectModal,
} from "@rainbow-me/rainbowkit";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { focusDialogStart, withFocusInDialog } from "./focusDialogStart";
import { WalletButtons } from "./WalletButtons";

// RainbowKit's default secondary text (60% grey on white) is below WCAG AA contrast: slate-600 instead.
const walletTheme = lightTheme({ accentColor: "#0f766e" });
walletTheme.colors.modalTextSecondary = "#475569";
walletTheme.colors.modalTextDim = "#475569";

/** Opens the dialog the user asked for with a click on the placeholder, before this code had arrived. */
function OpenRequestedDialog({ onOpened }: { onOpened: () => void }) {
  const { openConnectModal } = useConnectModal();
  const { openAccountModal } = useAccountModal();
  const { openChainModal } = useChainModal();
  const open = openConnectModal ?? openAccountModal ?? openChainModal;
  useEffect(() => {
    if (!open) return;
    open();
    focusDialogStart();
    onOpened();
  }, [open, onOpened]);
  return null;
}

type Props = { openRequested: boolean; onOpened: () => void };

/** RainbowKit's dialogs (connect, account, network) behind our wallet buttons, in the app's colours and language. */
export function RainbowKitButton({ openRequested, onOpened }: Props) {
  const { i18n } = useTranslation();
  return (
    <RainbowKitProvider theme={walletTheme} locale={i18n.language === "zh-CN" ? "zh-CN" : "en-US"}>
      <ConnectButton.Custom>
        {({ account, chain, openConnectModal, openChainModal, openAccountModal }) => (
          <WalletButtons
            address={account?.address}
            network={chain}
            onConnect={withFocusInDialog(openConnectModal)}
            onNetwork={withFocusInDialog(openChainModal)}
            onAccount={withFocusInDialog(openAccountModal)}
          />
        )}
      </ConnectButton.Custom>
      {openRequested && <OpenRequestedDialog onOpened={onOpened} />}
    </RainbowKitProvider>
  );
}
