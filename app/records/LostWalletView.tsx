import { useEffect, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Address } from "viem";
import { PartyName } from "../directory/PartyName";
import { Button } from "../ui/Button";
import { Card } from "../ui/Card";
import { rescueFocus } from "../ui/focusRescue";
import { LoadMore } from "../ui/LoadMore";
import { PageHeading } from "../ui/PageHeading";
import { DisclosuresCard } from "./components/DisclosuresCard";
import { LostAccountForm } from "./components/LostAccountForm";
import { Timeline } from "./components/Timeline";
import type { KeyPair } from "./crypto/keys";
import { useDisclosures } from "./hooks/useDisclosures";
import { useDoctorsOf } from "./hooks/useDoctorsOf";
import { useLedger } from "./hooks/useLedger";
import { useLostAccountKey } from "./hooks/useLostAccountKey";
import { useRecordsExport } from "./hooks/useRecordsExport";
import { recordOpener } from "./ledger";

/**
 * A lost wallet's records (/records/recover), read with its recovery kit alone: the kit opens the account's key, and
 * the ledger, being public, is read with no wallet at all. Read-only: allowing doctors, sharing or paying as that
 * account needs its wallet. Part of the records page's chunk: a page of its own would share the records' crypto
 * with it, and the build would move that code into what every page loads.
 */
export function LostWalletView() {
  const { t } = useTranslation();
  const lost = useLostAccountKey();
  return (
    <div className="space-y-6">
      <header>
        <PageHeading title={t("records.recover.title")} />
        <p className="max-w-3xl text-slate-700">{t("records.recover.lead")}</p>
      </header>
      {lost.account && lost.keyPair && lost.contract ? (
        <LostAccountRecords
          account={lost.account}
          keyPair={lost.keyPair}
          chainId={lost.chainId}
          contract={lost.contract}
          onDone={lost.forget}
        />
      ) : (
        <Card title={t("records.recover.formTitle")} id="lost-account">
          <LostAccountForm onOpen={lost.unlock} />
        </Card>
      )}
    </div>
  );
}

function LostAccountRecords({
  account,
  keyPair,
  chainId,
  contract,
  onDone,
}: {
  account: Address;
  keyPair: KeyPair;
  chainId: number;
  contract: Address;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const ledger = useLedger(account, account);
  const records = ledger.records ?? [];
  const open = useMemo(
    () => recordOpener(account, keyPair, { chainId, contract }),
    [account, keyPair, chainId, contract],
  );
  const [accountingShown, setAccountingShown] = useState(false);
  const accounting = useDisclosures(account, useDoctorsOf(account), accountingShown);
  const exportFhir = useRecordsExport(account, records, open, accounting, () => setAccountingShown(true));
  // The form and its button are gone: the focus goes to whose records these are.
  const whose = useRef<HTMLParagraphElement>(null);
  useEffect(() => rescueFocus(whose.current), []);
  return (
    <>
      <Card title={t("records.recover.recordsTitle")} id="lost-records">
        <p ref={whose} tabIndex={-1} className="mb-3 text-sm text-slate-700" data-testid="lost-account">
          <PartyName address={account} expectProvider={false} />
        </p>
        <div className="mb-3 flex flex-wrap gap-2">
          {records.length > 0 && (
            <Button variant="secondary" onClick={exportFhir}>
              {t("records.exportFhir")}
            </Button>
          )}
          <Button variant="secondary" onClick={onDone}>
            {t("records.recover.another")}
          </Button>
        </div>
        <Timeline
          records={records}
          open={open}
          me={account}
          busy={false}
          label={t("records.recover.recordsTitle")}
          patient={t("records.timeline.you")}
        />
        <LoadMore hasMore={ledger.hasMore} loading={ledger.loadingMore} onLoad={ledger.loadMore} />
      </Card>
      <DisclosuresCard
        me={account}
        accounting={accounting}
        shown={accountingShown}
        onShow={() => setAccountingShown(true)}
      />
    </>
  );
}
