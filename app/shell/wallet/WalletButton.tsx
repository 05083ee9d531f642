import { useIsFetching } from "@tanstack/react-query";
import { useCallback, useEffect, useRef, useState } from "react";
import { flushSync } from "react-dom";
import { useAccount } from "wagmi";
import { useChainHead } from "../../sync/chainHead";
import { loadWalletActions } from "../../tx/loadWalletActions";
import { rescueFocusFor } from "../../ui/focusRescue";
import { lazyNamed } from "../../ui/lazyComponent";
import { WalletButtons } from "./WalletButtons";
import { walletButton } from "./walletButton";

// RainbowKit's button and dialogs (about 58 KB gzip): for a remembered wallet, once the page's first reads have
// landed, so that on a slow network they take no bandwidth from the page or its data; on a first visit, beside the
// app (its Connect is what such a visitor taps first); and at once when the placeholder is clicked.
const RainbowKitButton = lazyNamed(() => import("./RainbowKitButton"), "RainbowKitButton");
const QUIET_MS = 300;

/**
 * Stands in for the wallet buttons until RainbowKit's code arrives, drawn by the same component (for a connected
 * wallet, its network button, with the network's icon still to come, and its account button), so that nothing moves
 * when the real ones take its place; a click opens the dialog asked for.
 */
function PlaceholderButton({ onClick }: { onClick: () => void }) {
  const { address } = useAccount();
  return (
    <WalletButtons address={address} onConnect={onClick} onNetwork={onClick} onAccount={onClick} standIn />
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
