import { useTranslation } from "react-i18next";
import { useAccount } from "wagmi";
import { PartyName } from "../directory/PartyName";
import { useContractRead } from "../sync/reads/useContractRead";
import { Button } from "../ui/Button";
import { dateFormat } from "../ui/format";
import { useMyRoles } from "./useMyRoles";
import { useRoleAdministration } from "./useRoleAdministration";

/**
 * The administrator role's hand-over, seen from both sides: an account offered the role accepts it here, and
 * administrators see every pending offer (who made it, until when) and withdraw it. An offer lapses when it
 * expires or when its maker loses the role; the contract keeps only those it can still honour, expired ones
 * until withdrawn.
 */
export function AdminOffers() {
  const { t, i18n } = useTranslation();
  const { address: me } = useAccount();
  const { may } = useMyRoles();
  const offers = useContractRead("CareRoles", "adminOffers", []);
  const { acceptAdmin, withdrawAdminOffer, busy } = useRoleAdministration();
  const expired = (expiresAt: bigint) => Number(expiresAt) * 1000 < Date.now();
  const until = (expiresAt: bigint) =>
    dateFormat(i18n.language, { dateStyle: "medium", timeStyle: "short" }).format(Number(expiresAt) * 1000);
  const list = offers.data ?? [];
  const mine = list.find((offer) => offer.account === me && !expired(offer.expiresAt));
  if (!mine && !(may.administer && list.length > 0)) return null;
  return (
    <section aria-labelledby="admin-offers-title" className="mb-5 space-y-3">
      <h3 id="admin-offers-title" className="font-semibold">
        {t("roles.offers.title")}
      </h3>
      {mine && (
        <div
          className="rounded-md border border-teal-300 bg-teal-50 p-3 text-sm"
          data-testid="my-admin-offer"
        >
          <p>
            <PartyName address={mine.by} /> {t("roles.offers.offeredYou", { until: until(mine.expiresAt) })}
          </p>
          <Button className="mt-2" disabled={busy} onClick={() => acceptAdmin()}>
            {t("roles.offers.accept")}
          </Button>
        </div>
      )}
      {may.administer && list.length > 0 && (
        <ul className="divide-y divide-slate-100 text-sm" data-testid="admin-offers">
          {list.map((offer) => (
            <li key={offer.account} className="flex flex-wrap items-center justify-between gap-2 py-2">
              <span>
                <PartyName address={offer.account} expectProvider={false} /> {t("roles.offers.offeredBy")}{" "}
                <PartyName address={offer.by} />{" "}
                <span className={expired(offer.expiresAt) ? "text-amber-800" : "text-slate-600"}>
                  {t(expired(offer.expiresAt) ? "roles.offers.expired" : "roles.offers.until", {
                    until: until(offer.expiresAt),
                  })}
                </span>
              </span>
              <Button
                variant="secondary"
                disabled={busy}
                onClick={() => withdrawAdminOffer(offer.account)}
                aria-label={t("roles.offers.withdrawFrom", { account: offer.account })}
              >
                {t("roles.offers.withdraw")}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
