import { useTranslation } from "react-i18next";
import type { Address } from "viem";
import { Address as ShortAddress } from "../../ui/Address";
import { Button } from "../../ui/Button";
import { Card } from "../../ui/Card";
import type { Consent } from "../hooks/useConsents";
import { useDoctors } from "../hooks/useDoctors";

/**
 * The patient allows or revokes each doctor; a doctor without a registered key cannot be allowed yet. A consent
 * that ended with the doctor's role is shown as such: allowing them again is a new decision.
 */
export function ConsentPanel({
  consents,
  onGrant,
  onRevoke,
  busy,
}: {
  consents: readonly Consent[];
  onGrant: (doctor: Address) => void;
  onRevoke: (doctor: Address) => void;
  busy: boolean;
}) {
  const { t } = useTranslation();
  const doctors = useDoctors() ?? [];
  const statusOf = (doctor: Address) =>
    consents.find((consent) => consent.account.toLowerCase() === doctor.toLowerCase())?.status ?? "never";
  return (
    <Card title={t("records.consent.title")} id="consent">
      <p className="mb-3 max-w-3xl text-sm text-slate-600">{t("records.consent.help")}</p>
      {doctors.length === 0 && <p className="text-sm text-slate-500">{t("records.consent.none")}</p>}
      <ul className="divide-y divide-slate-100" data-testid="consent">
        {doctors.map(({ address: doctor, hasKey }) => {
          const status = statusOf(doctor);
          return (
            <li
              key={doctor}
              className="flex items-center justify-between gap-3 py-2"
              data-doctor={doctor}
              data-consent={status}
            >
              <span>
                <ShortAddress address={doctor} />
                {status === "allowed" && (
                  <span className="ml-2 rounded bg-emerald-100 px-1.5 text-xs text-emerald-900">
                    {t("records.consent.allowed")}
                  </span>
                )}
                {status === "roleEnded" && (
                  <span className="ml-2 text-xs text-amber-800">{t("records.consent.roleEnded")}</span>
                )}
                {!hasKey && <span className="ml-2 text-xs text-slate-500">{t("records.consent.noKey")}</span>}
              </span>
              {status === "allowed" ? (
                <Button variant="danger" disabled={busy} onClick={() => onRevoke(doctor)}>
                  {t("records.consent.revoke")}
                </Button>
              ) : (
                <Button disabled={busy || !hasKey} onClick={() => onGrant(doctor)}>
                  {t("records.consent.grant")}
                </Button>
              )}
            </li>
          );
        })}
      </ul>
    </Card>
  );
}
