import { useIsFetching } from "@tanstack/react-query";
import { useCallback, useEffect, useRef, useState } from "react";
import { flushSync } from "react-dom";
import { useTranslation } from "react-i18next";
import { useAccount } from "wagmi";
import { useChainHead } from "../../chain/useChainHead";
import { loadWalletActions } from "../../tx/loadWalletActions";
import { rescueFocusFor } from "../../ui/focusRescue";
import { lazyNamed } from "../../ui/lazyComponent";
import { walletButton } from "./walletButton";

// RainbowKit's button and dialogs (about 58 KB gzip): for a remembered wallet, once the page's first reads have
// landed, so that on a slow network they take no bandwidth from the page or its data; on a first visit, beside the
// app (its Connect is what such a visitor taps first); and at once when the placeholder is clicked.
const RainbowKitButton = lazyNamed(() => import("./RainbowKitButton"), "RainbowKitButton");
const QUIET_MS = 300;

// RainbowKit's own font stack and button shadow, which its CSS sets only once it has loaded.
const RAINBOWKIT_FONT =
  'SFRounded, ui-rounded, "SF Pro Rounded", -apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, Helvetica, Arial, sans-serif';
const BUTTON = "flex h-10 items-center rounded-xl font-bold shadow-[0_4px_12px_rgba(0,0,0,0.1)]";

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

/** RainbowKit's address format (0x12…abcd), so that the text keeps its width when its button replaces this one. */
const rainbowKitAddress = (address: string) => `${address.slice(0, 4)}…${address.slice(-4)}`;

/**
 * Stands in for RainbowKit's button until its code arrives, in its shape, font and colours (for a connected wallet,
 * its network button, with the network's icon still to come, and its account button), so that nothing moves when
 * RainbowKit's takes its place; a click opens its dialog.
 */
function PlaceholderButton({ onClick }: { onClick: () => void }) {
  const { t } = useTranslation();
  const { address } = useAccount();
  if (!address)
    return (
      <button
        type="button"
        onClick={onClick}
        style={{ fontFamily: RAINBOWKIT_FONT }}
        className={`${BUTTON} bg-teal-700 px-3.5 text-base text-white`}
        data-testid="wallet-button-placeholder"
      >
        {t("wallet.connect")}
      </button>
    );
  return (
    <div
      className="flex gap-3"
      style={{ fontFamily: RAINBOWKIT_FONT }}
      data-testid="wallet-button-placeholder"
    >
      <button
        type="button"
        onClick={onClick}
        aria-label={t("wallet.network")}
        className={`${BUTTON} gap-1.5 bg-white px-2.5 text-slate-900`}
      >
        <span className="block size-6 rounded-full bg-slate-200" />
        <DropdownCaret />
      </button>
      <button
        type="button"
        onClick={onClick}
        aria-label={rainbowKitAddress(address)}
        className={`${BUTTON} bg-white px-2.5 text-base text-slate-900`}
      >
        <span className="size-6 rounded-full bg-slate-200 md:hidden" aria-hidden="true" />
        <span className="hidden md:inline">{rainbowKitAddress(address)}</span>
        <span className="ml-1.5">
          <DropdownCaret />
        </span>
      </button>
    </div>
  );
}

/**
 * Starts the download of RainbowKit once the page's first reads have landed: the head is known and nothing has been
 * fetched for a moment (a read that resolves often enables the next: an invoice's details after the invoice).
 */
function LoadWhenReadsLanded({ load }: { load: () => void }) {
  const { isSuccess: headKnown } = useChainHead();
  const fetching = useIsFetching() > 0;
  useEffect(() => {
    if (!headKnown || fetching) return;
    const timer = setTimeout(load, QUIET_MS);
    return () => clearTimeout(timer);
  }, [headKnown, fetching, load]);
  return null;
}

/**
 * Once a wallet connects, RainbowKit's dialog (and the dev-account picker) close and their buttons are gone: a
 * focus that falls to <body> then goes to the account button, which names the account now connected.
 */
function useFocusAfterConnect() {
  const { status } = useAccount();
  const previous = useRef(status);
  useEffect(() => {
    // "connecting" is a person's choice; "reconnecting", a remembered wallet at load, leaves the focus alone.
    const chosen = previous.current === "connecting" && status === "connected";
    previous.current = status;
    if (chosen) return rescueFocusFor(3_000, walletButton);
  }, [status]);
}

/** The header's wallet button: RainbowKit's, which loads after the page's first reads, with a placeholder before. */
export function WalletButton() {
  useFocusAfterConnect();
  const [loaded, setLoaded] = useState(false);
  const [openRequested, setOpenRequested] = useState(false);
  const onOpened = useCallback(() => setOpenRequested(false), []);
  const load = useCallback((withWalletActions = true) => {
    // The code that asks the wallet to sign comes with it: a first click on Pay does not wait for its download.
    if (withWalletActions) loadWalletActions().catch(() => {});
    // flushSync: RainbowKit's button shows itself from an effect; in a synchronous render that effect runs before
    // the browser paints, so the placeholder is never replaced by an empty frame. A failed download (offline)
    // leaves the placeholder, whose next click tries again.
    RainbowKitButton.preload().then(
      () => flushSync(() => setLoaded(true)),
      () => {},
    );
  }, []);
  // A first visit's build preloads the dialogs beside the app (vite.config.ts): they are wanted at once.
  useEffect(() => {
    if (document.querySelector('link[data-preload="wallet"]')) load(false);
  }, [load]);
  if (loaded) return <RainbowKitButton openRequested={openRequested} onOpened={onOpened} />;
  return (
    <>
      <PlaceholderButton
        onClick={() => {
          setOpenRequested(true);
          load();
        }}
      />
      <LoadWhenReadsLanded load={load} />
    </>
  );
}
