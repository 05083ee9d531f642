import { useTranslation } from "react-i18next";

// RainbowKit's own font stack and button shadow, so that its dialogs and these buttons look like one thing.
const RAINBOWKIT_FONT =
  'SFRounded, ui-rounded, "SF Pro Rounded", -apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, Helvetica, Arial, sans-serif';
// 44 px: the smallest target a finger hits reliably (WCAG 2.5.5), which RainbowKit's 40 px buttons were not.
const BUTTON =
  "flex h-11 min-w-11 items-center justify-center rounded-xl font-bold shadow-[0_4px_12px_rgba(0,0,0,0.1)]";

function DropdownCaret() {
  return (
    <svg aria-hidden="true" fill="none" height="7" width="14">
      <path
        d="M12.75 1.54001L8.51647 5.0038C7.77974 5.60658 6.72026 5.60658 5.98352 5.0038L1.75 1.54001"
        stroke="currentColor"
        strokeLinecap="round"
        strokeLinejoin="round"
        strokeWidth="2.5"
      />
    </svg>
  );
}

/** RainbowKit's address format (0x12…abcd). */
export const shortAddress = (address: string) => `${address.slice(0, 4)}…${address.slice(-4)}`;

export type WalletNetwork = {
  name?: string;
  iconUrl?: string;
  iconBackground?: string;
  unsupported?: boolean;
};

type Props = {
  /** The connected account's address; none: the Connect button alone. */
  address?: string;
  network?: WalletNetwork;
  onConnect: () => void;
  onNetwork: () => void;
  onAccount: () => void;
  /** Set on the stand-in drawn before RainbowKit's code arrives; RainbowKit's own buttons carry its test ids. */
  standIn?: boolean;
};

function NetworkButton({
  network,
  onClick,
  testId,
}: {
  network?: WalletNetwork;
  onClick: () => void;
  testId?: string;
}) {
  const { t } = useTranslation();
  if (network?.unsupported)
    return (
      <button type="button" onClick={onClick} className={`${BUTTON} gap-1.5 bg-red-700 px-3 text-white`}>
        {t("wallet.wrongNetwork")}
        <DropdownCaret />
      </button>
    );
  return (
    <button
      type="button"
      onClick={onClick}
      aria-label={network?.name ? t("wallet.networkNamed", { name: network.name }) : t("wallet.network")}
      className={`${BUTTON} gap-1.5 bg-white px-2.5 text-slate-900`}
      data-testid={testId}
    >
      {network?.iconUrl ? (
        <img
          src={network.iconUrl}
          alt=""
          className="size-6 rounded-full"
          style={{ background: network.iconBackground }}
        />
      ) : (
        <span className="block size-6 rounded-full bg-slate-200" />
      )}
      <DropdownCaret />
    </button>
  );
}

/**
 * The header's wallet buttons, drawn by us through RainbowKit's `ConnectButton.Custom` (and, identically, as the
 * stand-in before its code arrives, so nothing moves): names that say what each opens, 44 px targets.
 */
export function WalletButtons({ address, network, onConnect, onNetwork, onAccount, standIn }: Props) {
  const { t } = useTranslation();
  const testId = (id: string) => (standIn ? undefined : id);
  if (!address)
    return (
      <button
        type="button"
        onClick={onConnect}
        style={{ fontFamily: RAINBOWKIT_FONT }}
        className={`${BUTTON} bg-teal-700 px-3.5 text-base text-white`}
        data-testid={standIn ? "wallet-button-placeholder" : "rk-connect-button"}
      >
        {t("wallet.connect")}
      </button>
    );
  return (
    <div
      className="flex gap-3"
      style={{ fontFamily: RAINBOWKIT_FONT }}
      data-testid={standIn ? "wallet-button-placeholder" : undefined}
    >
      <NetworkButton network={network} onClick={onNetwork} testId={testId("rk-chain-button")} />
      <button
        type="button"
        onClick={onAccount}
        aria-label={t("wallet.account", { address: shortAddress(address) })}
        className={`${BUTTON} bg-white px-2.5 text-base text-slate-900`}
        data-testid={testId("rk-account-button")}
      >
        <span className="size-6 rounded-full bg-teal-600 md:hidden" aria-hidden="true" />
        <span className="hidden md:inline">{shortAddress(address)}</span>
        <span className="ml-1.5">
          <DropdownCaret />
        </span>
      </button>
    </div>
  );
}
