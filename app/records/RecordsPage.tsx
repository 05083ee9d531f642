import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useAccount, useChainId } from "wagmi";
import { Link, useRoute } from "wouter";
import { contractAddress, isDeployedOn } from "../contracts/deployments";
import { useMyRoles } from "../roles/useMyRoles";
import { ErrorBoundary } from "../ui/ErrorBoundary";
import { PageHeading } from "../ui/PageHeading";
import { DoctorSection } from "./components/DoctorSection";
import { KeyPanel } from "./components/KeyPanel";
import { PatientSection } from "./components/PatientSection";
import { PublicLedger } from "./components/PublicLedger";
import { ReplaceKeyCard } from "./components/ReplaceKeyCard";
import { usePatientsOf } from "./hooks/useConsents";
import { useRecordActions } from "./hooks/useRecordActions";
import { useRecordKeys } from "./hooks/useRecordKeys";
import { LostWalletView } from "./LostWalletView";
import { recordOpener } from "./ledger";

/** /records: one's own records, as a patient and as a doctor; /records/recover: a lost wallet's, by its kit. */
export default function RecordsPage() {
  const [recovering] = useRoute("/records/recover");
  return recovering ? <LostWalletView /> : <MyRecords />;
}

function MyRecords() {
  const { t } = useTranslation();
  const chainId = useChainId();
  const { address: me } = useAccount();
  const { may } = useMyRoles();
  const keys = useRecordKeys();
  // Read with the page, not after the roles: a doctor's patients arrive in the page's first request.
  const patients = usePatientsOf(me);
  const actions = useRecordActions(me, keys.keyPair);
  const contract = contractAddress(chainId, "PatientRecords");
  const open = useMemo(
    () => me && keys.keyPair && contract && recordOpener(me, keys.keyPair, { chainId, contract }),
    [me, keys.keyPair, chainId, contract],
  );

  return (
    <div className="space-y-6">
      <header>
        <PageHeading title={t("capability.records.title")} />
        <p className="max-w-3xl text-slate-700">{t("records.lead")}</p>
        {keys.status !== "unlocked" && (
          <Link
            className="inline-flex min-h-11 items-center text-sm text-teal-700 underline"
            href="/records/recover"
          >
            {t("records.recover.link")}
          </Link>
        )}
      </header>
      {!isDeployedOn(chainId) && <p role="alert">{t("records.notDeployed")}</p>}
      {!me && <p className="text-slate-600">{t("records.notConnected")}</p>}
      {me && <KeyPanel keys={keys} />}
      {me && (
        // The lists load at once, with the page; only reading their content waits for the key.
        <>
          {(may.writeRecords || (patients.consents?.length ?? 0) > 0) && (
            <ErrorBoundary>
              <DoctorSection
                me={me}
                patients={patients}
                keyPair={keys.keyPair}
                open={open || undefined}
                actions={actions}
              />
            </ErrorBoundary>
          )}
          <ErrorBoundary>
            <PatientSection me={me} open={open || undefined} actions={actions} />
          </ErrorBoundary>
          {keys.status === "unlocked" && keys.hasKit && <ReplaceKeyCard keys={keys} />}
        </>
      )}
      <ErrorBoundary>
        <PublicLedger />
      </ErrorBoundary>
    </div>
  );
}
