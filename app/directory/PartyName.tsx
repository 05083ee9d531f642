import { useTranslation } from "react-i18next";
import type { Address as AddressType } from "viem";
import { Address } from "../ui/Address";
import { useParty } from "./useParty";

/**
 * A provider as people know them: the directory's name with a verified mark, the short address beside it and the
 * full one on hover (and a copy button). An address the directory does not vouch for says so.
 */
export function PartyName({
  address,
  expectProvider = true,
}: {
  address: AddressType;
  expectProvider?: boolean;
}) {
  const { t } = useTranslation();
  const party = useParty(address);
  if (party?.name) {
    return (
      <span
        className="inline-flex flex-wrap items-baseline gap-1"
        data-party={address}
        data-verified={party.verified}
      >
        <span className="font-medium">{party.name}</span>
        {party.mixedScripts ? (
          <span className="text-xs text-amber-800" data-testid="mixed-scripts">
            ⚠ {t("directory.mixedScripts", { scripts: party.mixedScripts.join(", ") })}
          </span>
        ) : party.verified ? (
          <span className="text-xs text-teal-800" title={t("directory.verifiedHelp")}>
            ✓ {t("directory.verified")}
          </span>
        ) : (
          <span className="text-xs text-amber-800">{t("directory.noLongerVerified")}</span>
        )}
        <Address address={address} />
      </span>
    );
  }
  return (
    <span className="inline-flex flex-wrap items-baseline gap-1" data-party={address} data-verified="false">
      <Address address={address} />
      {expectProvider && party && <span className="text-xs text-amber-800">{t("directory.unverified")}</span>}
    </span>
  );
}
