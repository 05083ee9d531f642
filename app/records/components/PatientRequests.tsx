import { useTranslation } from "react-i18next";
import type { Address } from "viem";
import { Button } from "../../ui/Button";
import { Card } from "../../ui/Card";
import { shortAddress } from "../../ui/format";
import { LoadMore } from "../../ui/LoadMore";
import type { ConsentList } from "../hooks/useConsents";
import { type PatientIdentity, patientLabel } from "../patientIdentity";

/**
 * The accounts asking a doctor to take them on. Anyone with a key can ask, under any name, so a request is never
 * listed among the doctor's patients: each is marked new, with its full address, and one whose card carries the
 * name of someone the doctor knows says so. Only an accepted request becomes a patient.
 */
export function PatientRequests({
  requests,
  identity,
  namesakes,
  busy,
  onAccept,
  onDecline,
}: {
  requests: ConsentList;
  identity: (account: Address) => PatientIdentity;
  namesakes: Map<Address, Address[]>;
  busy: boolean;
  onAccept: (account: Address, label: string) => void;
  onDecline: (account: Address, label: string) => void;
}) {
  const { t } = useTranslation();
  const born = (date: string) => t("records.patients.born", { date });
  const list = requests.consents ?? [];
  if (list.length === 0 && !requests.hasMore) return null;
  return (
    <Card title={t("records.requests.title")} id="patient-requests">
      <p className="mb-3 max-w-3xl text-sm text-slate-600">{t("records.requests.help")}</p>
      <ul className="divide-y divide-slate-100" data-testid="patient-requests">
        {list.map(({ account }) => {
          const label = patientLabel(identity(account), born);
          const sameName = namesakes.get(account);
          return (
            <li
              key={account}
              className="flex flex-wrap items-center justify-between gap-3 py-2"
              data-patient={account}
            >
              <div className="min-w-0">
                <span className="mr-2 rounded bg-sky-100 px-1.5 text-xs font-medium text-sky-900">
                  {t("records.requests.new")}
                </span>
                <span>{label}</span>
                <p className="break-all font-mono text-xs text-slate-500">{account}</p>
                {sameName && (
                  <p className="text-xs text-amber-900" data-testid="request-namesake">
                    ⚠ {t("records.requests.sameName", { addresses: sameName.map(shortAddress).join(", ") })}
                  </p>
                )}
              </div>
              <div className="flex gap-2">
                <Button
                  disabled={busy}
                  onClick={() => onAccept(account, label)}
                  aria-label={t("records.requests.acceptWho", { who: label })}
                >
                  {t("records.requests.accept")}
                </Button>
                <Button
                  variant="secondary"
                  disabled={busy}
                  onClick={() => onDecline(account, label)}
                  aria-label={t("records.requests.declineWho", { who: label })}
                >
                  {t("records.requests.decline")}
                </Button>
              </div>
            </li>
          );
        })}
      </ul>
      <LoadMore hasMore={requests.hasMore} loading={requests.loadingMore} onLoad={requests.loadMore} />
    </Card>
  );
}
