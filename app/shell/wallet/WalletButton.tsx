import { useIsFetching } from "@tanstack/react-query";
import { useCallback, useEffect, useState } from "react";
import { flushSync } from "react-dom";
import { useTranslation } from "react-i18next";
import { useAccount } from "wagmi";
import { useChainHead } from "../../chain/useChainHead";
import { loadWalletActions } from "../../tx/loadWalletActions";
import { shortAddress } from "../../ui/format";
import { lazyNamed } from "../../ui/lazyComponent";

// RainbowKit's button and dialogs (about 58 KB gzip) download once the page's first reads have landed, so that on a
// slow network they take no bandwidth from the app, the page or its data; or at once when the placeholder is clicked.
const RainbowKitButton = lazyNamed(() => import("./RainbowKitButton"), "RainbowKitButton");
const QUIET_MS = 300;

/** Stands in for RainbowKit's button until its code arrives, in its shape and colours; a click opens its dialog. */
function PlaceholderButton({ onClick }: { onClick: () => void }) {
  const { t } = useTranslation();
  const { address } = useAccount();
  const look = address ? "bg-white text-slate-900" : "bg-teal-700 text-white";
  return (
    <button
      type="button"
      onClick={onClick}
      className={`h-10 rounded-xl px-3.5 text-base font-bold shadow-md ${look}`}
      data-testid="wallet-button-placeholder"
    >
      {address ? shortAddress(address) : t("wallet.connect")}
    </button>
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

/** The header's wallet button: RainbowKit's, which loads after the page's first reads, with a placeholder before. */
export function WalletButton() {
  const [loaded, setLoaded] = useState(false);
  const [openRequested, setOpenRequested] = useState(false);
  const onOpened = useCallback(() => setOpenRequested(false), []);
  const load = useCallback(() => {
    // The code that asks the wallet to sign comes with it: a first click on Pay does not wait for its download.
    loadWalletActions().catch(() => {});
    // flushSync: RainbowKit's button shows itself from an effect; in a synchronous render that effect runs before
    // the browser paints, so the placeholder is never replaced by an empty frame. A failed download (offline)
    // leaves the placeholder, whose next click tries again.
    RainbowKitButton.preload().then(
      () => flushSync(() => setLoaded(true)),
      () => {},
    );
  }, []);
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
