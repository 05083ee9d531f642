import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { Address } from "viem";
import { useAccount, useChainId } from "wagmi";
import { isDeployedOn } from "../chain/deployments";
import { useMyRoles } from "../roles/useMyRoles";
import { Button } from "../ui/Button";
import { Card } from "../ui/Card";
import { AddRecordCard } from "./components/AddRecordCard";
import { ConsentPanel } from "./components/ConsentPanel";
import { KeyPanel } from "./components/KeyPanel";
import { PublicLedger } from "./components/PublicLedger";
import { SharePanel } from "./components/SharePanel";
import { Timeline } from "./components/Timeline";
import { toFhirBundle } from "./fhir/bundle";
import { downloadJson } from "./fhir/download";
import { useRecordActions } from "./hooks/useRecordActions";
import { useRecordKeys } from "./hooks/useRecordKeys";
import { useRecordLedger } from "./hooks/useRecordLedger";
import { recordOpener } from "./ledger";

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

export default function RecordsPage() {
  const { t } = useTranslation();
  const chainId = useChainId();
  const { address: me } = useAccount();
  const { roles } = useMyRoles();
  const keys = useRecordKeys();
  const ledger = useRecordLedger();
  const actions = useRecordActions(me, keys.keyPair);
  const isDoctor = roles.includes("DOCTOR");

  const open = useMemo(() => me && keys.keyPair && recordOpener(me, keys.keyPair), [me, keys.keyPair]);
  const view = useMemo(() => {
    if (!me || !ledger.data) return undefined;
    const { records, consents } = ledger.data;
    return {
      mine: records.filter((record) => same(record.patient, me)),
      readable: records.filter((record) => !same(record.patient, me) && record.keys.has(me.toLowerCase())),
      myDoctors: consents.filter((consent) => same(consent.patient, me)).map((consent) => consent.doctor),
      myPatients: consents.filter((consent) => same(consent.doctor, me)).map((consent) => consent.patient),
    };
  }, [me, ledger.data]);

  const exportFhir = () => {
    if (!me || !view || !open) return;
    const documents = view.mine
      .map(open)
      .flatMap((record) =>
        "document" in record
          ? [{ id: record.id, author: record.author, createdAt: record.createdAt, document: record.document }]
          : [],
      );
    downloadJson(`carechain-records-${me.toLowerCase()}.fhir.json`, toFhirBundle(me, documents));
  };
  const done = (result: { ok: boolean }) => result.ok;

  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-2xl font-bold">{t("pages.records.title")}</h1>
        <p className="max-w-3xl text-slate-700">{t("records.lead")}</p>
      </header>
      {!isDeployedOn(chainId) && <p role="alert">{t("records.notDeployed")}</p>}
      {!me && <p className="text-slate-600">{t("home.notConnected")}</p>}
      {me && <KeyPanel keys={keys} />}
      {me && view && open && keys.status === "unlocked" && (
        <>
          <ConsentPanel
            allowed={new Set(view.myDoctors.map((doctor) => doctor.toLowerCase()))}
            onGrant={actions.grant}
            onRevoke={actions.revoke}
            busy={actions.busy}
          />
          <Card title={t("records.timeline.mine")} id="my-records">
            {view.mine.length > 0 && (
              <Button variant="secondary" className="mb-3" onClick={exportFhir}>
                {t("records.exportFhir")}
              </Button>
            )}
            <Timeline
              records={view.mine}
              open={open}
              me={me}
              busy={actions.busy}
              label={t("records.timeline.mine")}
            />
          </Card>
          <SharePanel
            doctors={view.myDoctors as Address[]}
            records={view.mine}
            open={open}
            busy={actions.busy}
            onShare={async (doctor, records) => done(await actions.share(doctor, records))}
          />
          {isDoctor && (
            <>
              <AddRecordCard
                patients={view.myPatients}
                busy={actions.busy}
                onAdd={async (patient, input) => done(await actions.add(patient, input))}
              />
              <Card title={t("records.timeline.readable")} id="readable-records">
                <Timeline
                  records={view.readable}
                  open={open}
                  me={me}
                  label={t("records.timeline.readable")}
                  busy={actions.busy}
                  onAmend={async (record, input) => done(await actions.amend(record, input))}
                />
              </Card>
            </>
          )}
        </>
      )}
      {ledger.data && <PublicLedger records={ledger.data.records} />}
    </div>
  );
}
