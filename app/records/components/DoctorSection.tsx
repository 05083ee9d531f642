import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Address } from "viem";
import { Card } from "../../ui/Card";
import { shortAddress } from "../../ui/format";
import { LoadMore } from "../../ui/LoadMore";
import type { KeyPair } from "../crypto/keys";
import type { Consent, ConsentList } from "../hooks/useConsents";
import { useLedger } from "../hooks/useLedger";
import { usePatientCards } from "../hooks/usePatientCards";
import type { useRecordActions } from "../hooks/useRecordActions";
import type { RecordOpener } from "../ledger";
import type { PatientCard } from "../patientCard";
import { RecordForm } from "./RecordForm";
import { Timeline } from "./Timeline";

/** A patient as a doctor knows them: the name from their card once unlocked, and always the address. */
export function patientLabel(account: Address, card: PatientCard | undefined) {
  return card ? `${card.name} (${shortAddress(account)})` : shortAddress(account);
}

/**
 * A doctor's side of the ledger: their patients (named by the cards the patients sent), each patient's records as
 * far as they were written or shared for this doctor, and writing for the chosen patient. A patient who revoked
 * the consent, or whose consent ended with the doctor's role, is shown with the reason, and no write control.
 */
export function DoctorSection({
  me,
  patients,
  keyPair,
  open,
  actions,
}: {
  me: Address;
  patients: ConsentList;
  keyPair: KeyPair | undefined;
  open: RecordOpener | undefined;
  actions: ReturnType<typeof useRecordActions>;
}) {
  const { t } = useTranslation();
  const cards = usePatientCards(me, patients.consents, keyPair);
  const [chosen, setChosen] = useState<Address>();
  const list = patients.consents ?? [];
  const current = list.find((consent) => consent.account === chosen) ?? list[0];
  const card = (account: Address) => cards.get(account.toLowerCase());

  return (
    <section aria-labelledby="as-doctor" className="space-y-6">
      <h2 id="as-doctor" className="text-xl font-semibold">
        {t("records.asDoctor")}
      </h2>
      <Card title={t("records.patients.title")} id="my-patients">
        {list.length === 0 ? (
          <p className="text-sm text-slate-500">{t("records.write.noPatients")}</p>
        ) : (
          <ul className="flex flex-wrap gap-2" data-testid="my-patients">
            {list.map((consent) => (
              <li key={consent.account}>
                <button
                  type="button"
                  aria-pressed={consent.account === current?.account}
                  data-patient={consent.account}
                  data-consent={consent.status}
                  onClick={() => setChosen(consent.account)}
                  className="rounded-md border border-slate-300 px-3 py-1.5 text-sm aria-pressed:border-teal-700 aria-pressed:bg-teal-50"
                >
                  {patientLabel(consent.account, card(consent.account))}
                  {consent.status !== "allowed" && (
                    <span className="ml-2 text-xs text-amber-800">
                      {t(`records.patients.status.${consent.status}`)}
                    </span>
                  )}
                </button>
              </li>
            ))}
          </ul>
        )}
        <LoadMore hasMore={patients.hasMore} loading={patients.loadingMore} onLoad={patients.loadMore} />
      </Card>
      {current && (
        <PatientChart
          key={current.account}
          consent={current}
          name={patientLabel(current.account, card(current.account))}
          me={me}
          open={open}
          unlocked={keyPair !== undefined}
          actions={actions}
        />
      )}
    </section>
  );
}

function PatientChart({
  consent,
  name,
  me,
  open,
  unlocked,
  actions,
}: {
  consent: Consent;
  name: string;
  me: Address;
  open: RecordOpener | undefined;
  unlocked: boolean;
  actions: ReturnType<typeof useRecordActions>;
}) {
  const { t } = useTranslation();
  const ledger = useLedger(consent.account, me);
  const mayWrite = consent.status === "allowed";
  const done = (result: { ok: boolean }) => result.ok;
  return (
    <Card title={t("records.patients.chart", { name })} id="patient-chart">
      {mayWrite && !unlocked ? (
        <p className="mb-4 text-sm text-slate-600">{t("records.write.unlockFirst")}</p>
      ) : mayWrite ? (
        <div className="mb-5">
          <RecordForm
            title={t("records.write.title")}
            submitLabel={t("records.write.submit")}
            busy={actions.busy}
            onSubmit={async (input) => done(await actions.add(consent.account, input))}
          >
            <p className="text-sm">
              {t("records.write.forPatient")} <strong data-testid="writing-for">{name}</strong>
            </p>
          </RecordForm>
        </div>
      ) : (
        <p role="status" className="mb-4 text-sm text-amber-900" data-testid="why-no-write">
          {t(`records.patients.why.${consent.status}`)}
        </p>
      )}
      <Timeline
        records={ledger.records ?? []}
        open={open}
        me={me}
        busy={actions.busy}
        label={t("records.patients.chart", { name })}
        patient={name}
        onAmend={mayWrite ? async (record, input) => done(await actions.amend(record, input)) : undefined}
      />
      <LoadMore hasMore={ledger.hasMore} loading={ledger.loadingMore} onLoad={ledger.loadMore} />
    </Card>
  );
}
