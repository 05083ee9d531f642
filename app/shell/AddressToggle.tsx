import { useTranslation } from "react-i18next";
import { setFullAddresses, useFullAddresses } from "../ui/addressDisplay";

/** Shows every address in full, or short again: the keyboard's way to what a mouse finds on hover. */
export function AddressToggle() {
  const { t } = useTranslation();
  const full = useFullAddresses();
  return (
    <button
      type="button"
      aria-pressed={full}
      onClick={() => setFullAddresses(!full)}
      className="flex min-h-11 min-w-11 items-center justify-center rounded-md border border-slate-300 bg-white px-2 font-mono text-sm aria-pressed:bg-teal-50 aria-pressed:text-teal-900"
    >
      <span aria-hidden="true">0x…</span>
      <span className="sr-only">{t("addresses.showFull")}</span>
    </button>
  );
}
