import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Address } from "viem";
import { Button } from "../../ui/Button";
import { Card, PagePart } from "../../ui/Card";
import { LoadMore } from "../../ui/LoadMore";
import { useDisclosures } from "../hooks/useDisclosures";
import { useDoctorsOf } from "../hooks/useDoctorsOf";
import { useLedger } from "../hooks/useLedger";
import type { useRecordActions } from "../hooks/useRecordActions";
import { useRecordsExport } from "../hooks/useRecordsExport";
import type { RecordOpener } from "../ledger";
import { ConsentPanel } from "./ConsentPanel";
import { DisclosuresCard } from "./DisclosuresCard";
import { SharePanel } from "./SharePanel";
import { Timeline } from "./Timeline";

/** Everything about one's own records, as a patient: who may write, the timeline, sharing and the export. */
export function PatientSection({
  me,
  open,
  actions,
}: {
  me: Address;
  /** Undefined while the records are locked: the list shows, the content waits. */
  open: RecordOpener | undefined;
  actions: ReturnType<typeof useRecordActions>;
}) {
  const { t } = useTranslation();
  const consents = useDoctorsOf(me);
  const ledger = useLedger(me, me);
  const records = ledger.records ?? [];
  const allowedDoctors = (consents.consents ?? [])
    .filter((consent) => consent.status === "allowed")
    .map((consent) => consent.account);
  const done = (result: { ok: boolean }) => result.ok;
  const [accountingShown, setAccountingShown] = useState(false);
  const accounting = useDisclosures(me, consents, accountingShown);
  const exportFhir = useRecordsExport(me, records, open, accounting, () => setAccountingShown(true));

  return (
    <PagePart id="as-patient" title={t("records.asPatient")}>
      <ConsentPanel list={consents} onGrant={actions.grant} onRevoke={actions.revoke} busy={actions.busy} />
      <Card title={t("records.timeline.mine")} id="my-records">
        {open && records.length > 0 && (
          <Button variant="secondary" className="mb-3" onClick={exportFhir}>
            {t("records.exportFhir")}
          </Button>
        )}
        <Timeline
          records={records}
          open={open}
          me={me}
          busy={actions.busy}
          label={t("records.timeline.mine")}
          patient={t("records.timeline.you")}
        />
        <LoadMore hasMore={ledger.hasMore} loading={ledger.loadingMore} onLoad={ledger.loadMore} />
      </Card>
      {open && (
        <SharePanel
          doctors={allowedDoctors as Address[]}
          records={records}
          open={open}
          busy={actions.busy}
          onShare={async (doctor, chosen) => done(await actions.share(doctor, chosen))}
        />
      )}
      <DisclosuresCard
        me={me}
        accounting={accounting}
        shown={accountingShown}
        onShow={() => setAccountingShown(true)}
      />
    </PagePart>
  );
}
