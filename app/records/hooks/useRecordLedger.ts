import { useMemo } from "react";
import { useContractEvents } from "../../chain/useContractEvents";
import { patientRecordsAbi } from "../../contracts/generated/patientRecords";
import { currentConsents, type LedgerEvent, ledgerRecords } from "../ledger";

/** All records and current consents, read from the contract's events in one batched request. */
export function useRecordLedger() {
  const events = useContractEvents("PatientRecords", patientRecordsAbi);
  const data = useMemo(() => {
    if (!events.data) return undefined;
    const ledger = events.data as unknown as LedgerEvent[];
    return { records: ledgerRecords(ledger), consents: currentConsents(ledger) };
  }, [events.data]);
  return { data, isLoading: events.isLoading };
}
