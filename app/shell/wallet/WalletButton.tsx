import { useCallback, useEffect, useState } from "react";
import { flushSync } from "react-dom";
import { useTranslation } from "react-i18next";
import { useAccount } from "wagmi";
import { useFirstPageLoaded } from "../../chain/useReadsReady";
import { shortAddress } from "../../ui/format";
import { lazyNamed } from "../../ui/lazyComponent";

// RainbowKit's button and dialogs are a sixth of the first load. They download once the first page's code is
// there (so they take no bandwidth from it), or at once when the placeholder is clicked.
const RainbowKitButton = lazyNamed(() => import("./RainbowKitButton"), "RainbowKitButton");

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

/** The header's wallet button: RainbowKit's, which loads after the first page's code, with a placeholder before. */
export function WalletButton() {
  const firstPageLoaded = useFirstPageLoaded();
  const [wanted, setWanted] = useState(false);
  const [loaded, setLoaded] = useState(false);
  const [openRequested, setOpenRequested] = useState(false);
  const onOpened = useCallback(() => setOpenRequested(false), []);
  useEffect(() => {
    if (!firstPageLoaded && !wanted) return;
    // flushSync: RainbowKit's button shows itself from an effect; in a synchronous render that effect runs before
    // the browser paints, so the placeholder is never replaced by an empty frame.
    RainbowKitButton.preload().then(
      () => flushSync(() => setLoaded(true)),
      () => setWanted(false), // offline: the placeholder stays, and a click tries again
    );
  }, [firstPageLoaded, wanted]);
  if (loaded) return <RainbowKitButton openRequested={openRequested} onOpened={onOpened} />;
  return (
    <PlaceholderButton
      onClick={() => {
        setOpenRequested(true);
        setWanted(true);
      }}
    />
  );
}
