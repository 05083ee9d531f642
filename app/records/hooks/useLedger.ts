import { useMemo } from "react";
import type { Address } from "viem";
import { useContractPages } from "../../sync/reads/useContractPages";
import { useEventsAt } from "../../sync/reads/useEventsAt";
import { toLedgerRecords } from "../ledger";
import { useSharedKeys } from "./useSharedKeys";

/** Records shown per page; older ones on request. */
export const RECORDS_PER_PAGE = 10n;

/**
 * A patient's records, newest first, a page at a time, as `reader` can see them: the public facts from storage,
 * each sealed payload from the very block of its event, and (for a reader other than the patient) the keys the
 * patient shared with them, found through the links the contract keeps between the blocks of those shares.
 */
export function useLedger(patient: Address | undefined, reader: Address | undefined) {
  const pages = useContractPages(
    "PatientRecords",
    "recordsOfPatient",
    patient && ((cursor) => [patient, cursor as bigint, RECORDS_PER_PAGE] as const),
    { key: [patient] },
  );
  const rows = pages.items ?? [];
  const added = useEventsAt(
    "PatientRecords",
    "RecordAdded",
    rows.length ? { recordId: rows.map((row) => row.id) } : undefined,
    rows.map((row) => BigInt(row.record.blockNumber)),
  );
  const isOtherReader =
    reader !== undefined && patient !== undefined && reader.toLowerCase() !== patient.toLowerCase();
  const oldestRow = rows.at(-1);
  const oldestShown = oldestRow && BigInt(oldestRow.record.blockNumber);
  const shared = useSharedKeys(
    isOtherReader ? patient : undefined,
    isOtherReader ? reader : undefined,
    oldestShown,
  );
  const records = useMemo(
    () => pages.items && toLedgerRecords(pages.items, added.data ?? [], shared),
    [pages.items, added.data, shared],
  );
  return {
    records,
    isLoading: pages.isLoading,
    hasMore: pages.hasMore,
    loadMore: pages.loadMore,
    loadingMore: pages.loadingMore,
  };
}
