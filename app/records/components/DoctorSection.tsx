import { type RefObject, useEffect, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { type Address, zeroAddress } from "viem";
import { Button } from "../../ui/Button";
import { Card, PagePart } from "../../ui/Card";
import { ConfirmedWarning } from "../../ui/form/ConfirmedWarning";
import { message } from "../../ui/form/messages";
import { shortAddress } from "../../ui/format";
import { LoadMore } from "../../ui/LoadMore";
import type { KeyPair } from "../crypto/keys";
import { type Consent, type ConsentList, useRequestsOf } from "../hooks/useConsents";
import { useLedger } from "../hooks/useLedger";
import { usePatientCards } from "../hooks/usePatientCards";
import type { useRecordActions } from "../hooks/useRecordActions";
import type { RecordOpener } from "../ledger";
import { namesakes as findNamesakes, type PatientIdentity, patientLabel } from "../patientIdentity";
import { PatientRequests } from "./PatientRequests";
import { RecordForm } from "./RecordForm";
import { Timeline } from "./Timeline";

type Actions = ReturnType<typeof useRecordActions>;

/**
 * A doctor's side of the ledger: the requests of accounts that allowed them, their own list of patients (only those
 * they accepted, named by the cards the patients sent), and the chart of the patient they choose, with writing for
 * them. Nothing is chosen for the doctor; two patients with one name are told apart by birth date and address, and
 * writing for either asks the doctor to confirm which one.
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
  actions: Actions;
}) {
  const { t } = useTranslation();
  const requests = useRequestsOf(me);
  const list = patients.consents ?? [];
  const everyone = useMemo(
    () => [...(patients.consents ?? []), ...(requests.consents ?? [])],
    [patients.consents, requests.consents],
  );
  const cards = usePatientCards(me, everyone, keyPair);
  const identity = (account: Address): PatientIdentity => ({
    account,
    card: cards.get(account.toLowerCase()),
  });
  const namesakes = useMemo(
    () => findNamesakes(everyone.map(({ account }) => ({ account, card: cards.get(account.toLowerCase()) }))),
    [everyone, cards],
  );
  const born = (date: string) => t("records.patients.born", { date });
  const [chosen, setChosen] = useState<Address>();
  const chosenByPerson = useRef(false);
  const current = list.find((consent) => consent.account === chosen);
  const newerThan = (account: Address) => list[list.findIndex((consent) => consent.account === account) - 1];

  return (
    <PagePart id="as-doctor" title={t("records.asDoctor")}>
      <PatientRequests
        requests={requests}
        identity={identity}
        namesakes={namesakes}
        busy={actions.busy}
        onAccept={(account, label) => actions.accept(account, label)}
        onDecline={(account, label) => actions.decline(account, label, zeroAddress)}
      />
      <Card title={t("records.patients.title")} id="my-patients">
        {list.length === 0 ? (
          <p className="text-sm text-slate-500">{t("records.write.noPatients")}</p>
        ) : (
          <>
            <p className="mb-2 text-sm text-slate-600">{t("records.patients.choose")}</p>
            {!keyPair && (
              <p className="mb-2 text-sm text-slate-600" data-testid="names-after-unlock">
                {t("records.patients.namesAfterUnlock")}
              </p>
            )}
            <PatientChips
              list={list}
              current={current?.account}
              label={(account) => patientLabel(identity(account), born)}
              namesakes={namesakes}
              onChoose={(account) => {
                chosenByPerson.current = true;
                setChosen(account);
              }}
            />
          </>
        )}
        <LoadMore hasMore={patients.hasMore} loading={patients.loadingMore} onLoad={patients.loadMore} />
      </Card>
      {current && (
        <PatientChart
          key={current.account}
          consent={current}
          name={patientLabel(identity(current.account), born)}
          namesakes={namesakes.get(current.account) ?? []}
          me={me}
          open={open}
          unlocked={keyPair !== undefined}
          actions={actions}
          focusRequest={chosenByPerson}
          onRemove={(label) =>
            actions.decline(current.account, label, newerThan(current.account)?.account ?? zeroAddress)
          }
        />
      )}
    </PagePart>
  );
}

function PatientChips({
  list,
  current,
  label,
  namesakes,
  onChoose,
}: {
  list: Consent[];
  current: Address | undefined;
  label: (account: Address) => string;
  namesakes: Map<Address, Address[]>;
  onChoose: (account: Address) => void;
}) {
  const { t } = useTranslation();
  return (
    <ul className="flex flex-wrap gap-2" data-testid="my-patients">
      {list.map((consent) => (
        <li key={consent.account}>
          <button
            type="button"
            aria-pressed={consent.account === current}
            data-patient={consent.account}
            data-consent={consent.status}
            onClick={() => onChoose(consent.account)}
            className="min-h-11 rounded-md border border-slate-300 px-3 py-1.5 text-left text-sm aria-pressed:border-teal-700 aria-pressed:bg-teal-50"
          >
            {label(consent.account)}
            {consent.status !== "allowed" && (
              <span className="ml-2 text-xs text-amber-800">
                {t(`records.patients.status.${consent.status}`)}
              </span>
            )}
            {namesakes.has(consent.account) && (
              <span className="ml-2 text-xs text-amber-800" data-testid="namesake-mark">
                {t("records.patients.sameNameMark")}
              </span>
            )}
          </button>
        </li>
      ))}
    </ul>
  );
}

function PatientChart({
  consent,
  name,
  namesakes,
  me,
  open,
  unlocked,
  actions,
  onRemove,
  focusRequest,
}: {
  /** Set when the doctor has just chosen this patient: the chart (its heading, its form below) then comes into view
   * with the focus, once; a chart drawn again for another reason leaves the focus where it is. */
  focusRequest: RefObject<boolean>;
  consent: Consent;
  name: string;
  namesakes: Address[];
  me: Address;
  open: RecordOpener | undefined;
  unlocked: boolean;
  actions: Actions;
  onRemove: (label: string) => void;
}) {
  const { t } = useTranslation();
  const ledger = useLedger(consent.account, me);
  const mayWrite = consent.status === "allowed";
  const done = (result: { ok: boolean }) => result.ok;
  useEffect(() => {
    if (!focusRequest.current) return;
    focusRequest.current = false;
    const heading = document.getElementById("patient-chart");
    heading?.setAttribute("tabindex", "-1");
    heading?.focus({ preventScroll: true });
    heading?.scrollIntoView({ block: "start" });
  }, [focusRequest]);
  return (
    <Card title={t("records.patients.chart", { name })} id="patient-chart">
      <div className="mb-4 flex flex-wrap items-start justify-between gap-3">
        <p className="break-all font-mono text-xs text-slate-500" data-testid="chart-address">
          {consent.account}
        </p>
        <Button variant="secondary" disabled={actions.busy} onClick={() => onRemove(name)}>
          {t("records.patients.remove")}
        </Button>
      </div>
      {mayWrite && !unlocked ? (
        <p className="mb-4 text-sm text-slate-600">{t("records.write.unlockFirst")}</p>
      ) : mayWrite ? (
        <div className="mb-5">
          <RecordForm
            title={t("records.write.title")}
            submitLabel={t("records.write.submit")}
            busy={actions.busy}
            onSubmit={async (input) => done(await actions.add(consent.account, name, input))}
          >
            <p className="text-sm">
              {t("records.write.forPatient")} <strong data-testid="writing-for">{name}</strong>
            </p>
            {namesakes.length > 0 && (
              <ConfirmedWarning
                field="diagnosis"
                subject={consent.account}
                refusal={message("records.patients.sameNameConfirmFirst")}
                confirmLabel={t("records.patients.sameNameConfirm")}
                testId="namesake-warning"
              >
                <p>
                  {t("records.patients.sameNameWarning", {
                    address: consent.account,
                    others: namesakes.map(shortAddress).join(", "),
                  })}
                </p>
              </ConfirmedWarning>
            )}
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
