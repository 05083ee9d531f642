import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { useAccount } from "wagmi";
import { answerDevAccountChoice, useDevAccountChoicePending } from "../../chain/devAccounts/devAccountChoice";
import { RoleBadges } from "../../roles/RoleBadges";
import { Address } from "../../ui/Address";
import { Button } from "../../ui/Button";
import { rescueFocusFor } from "../../ui/focusRescue";
import { walletButton } from "../wallet/walletButton";
import { useDevAccounts } from "./useDevAccounts";

/**
 * The button that opened the picker (in RainbowKit's dialog) is gone once it closes: the focus goes to the
 * header's wallet button, which now names the account chosen, or still says Connect.
 */
function returnFocusToWalletButton() {
  rescueFocusFor(3_000, walletButton);
}

/** The dialog in which a dev-accounts user picks which demo account to act as. */
export function DevAccountPicker() {
  const { t } = useTranslation();
  const open = useDevAccountChoicePending();
  const { accounts, isLoading, isError } = useDevAccounts(open);
  const dialog = useRef<HTMLDialogElement>(null);
  const { address: me } = useAccount();

  useEffect(() => {
    if (open && !dialog.current?.open) dialog.current?.showModal();
    if (!open && dialog.current?.open) dialog.current.close();
  }, [open]);
  // RainbowKit's dialog behind would say "Confirm connection in the extension", which no extension will ask: it
  // steps aside while the picker asks (styles.css), and comes back when the picker closes or leaves the page.
  useEffect(() => {
    document.body.toggleAttribute("data-dev-picker-open", open);
    return () => document.body.removeAttribute("data-dev-picker-open");
  }, [open]);
  // The list arrives after the dialog opens: the focus then moves from Cancel to the account in use, or the first.
  const inUse = accounts.find((account) => me && account.address.toLowerCase() === me.toLowerCase());
  const focusFirst = open ? (inUse ?? accounts[0])?.index : undefined;
  useEffect(() => {
    if (focusFirst === undefined) return;
    dialog.current?.querySelector<HTMLButtonElement>(`[data-testid="dev-account-${focusFirst}"]`)?.focus();
  }, [focusFirst]);

  return (
    <dialog
      ref={dialog}
      aria-labelledby="dev-account-picker-title"
      onClose={() => {
        answerDevAccountChoice(null);
        returnFocusToWalletButton();
      }}
      className="m-auto w-full max-w-lg rounded-lg p-0 shadow-xl backdrop:bg-slate-900/50"
    >
      <div className="p-5">
        <h2 id="dev-account-picker-title" className="text-lg font-semibold">
          {t("devAccounts.title")}
        </h2>
        <p className="mt-1 text-sm text-slate-600">{t("devAccounts.help")}</p>
        {isLoading && <p className="mt-4 text-sm">{t("devAccounts.loading")}</p>}
        {isError && (
          <p role="alert" className="mt-4 text-sm text-red-700">
            {t("devAccounts.unreachable")}
          </p>
        )}
        <ul className="mt-4 divide-y divide-slate-100">
          {accounts.map(({ address, index, persona, roles }) => (
            <li key={address}>
              <button
                type="button"
                className="flex w-full items-center justify-between gap-3 rounded px-2 py-2 text-left hover:bg-teal-50 focus-visible:outline-2 focus-visible:outline-teal-600"
                onClick={() => answerDevAccountChoice(address)}
                data-testid={`dev-account-${index}`}
              >
                <span>
                  <span className="block font-medium">
                    {persona ? persona.name : t("devAccounts.other", { index })}
                  </span>
                  <span className="block text-xs text-slate-500">
                    {persona && `${t(`personas.${persona.kind}`)} · `}
                    <Address address={address} />
                  </span>
                </span>
                {roles && <RoleBadges roles={roles} />}
              </button>
            </li>
          ))}
        </ul>
        <div className="mt-4 text-right">
          <Button variant="secondary" onClick={() => answerDevAccountChoice(null)}>
            {t("devAccounts.cancel")}
          </Button>
        </div>
      </div>
    </dialog>
  );
}
