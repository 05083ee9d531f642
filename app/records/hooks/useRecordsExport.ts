import { useEffect, useState } from "react";
import type { Address } from "viem";
import { usePartyNames } from "../../directory/useParty";
import { toFhirBundle } from "../fhir/bundle";
import { downloadJson } from "../fhir/download";
import type { LedgerRecord, RecordOpener } from "../ledger";
import type { useDisclosures } from "./useDisclosures";

/**
 * The FHIR R4 export of `patient`'s records that `open` decrypts, with the accounting of disclosures: asking for
 * the export asks for the accounting too (`showAccounting`), and the file is written once it has arrived.
 */
export function useRecordsExport(
  patient: Address,
  records: readonly LedgerRecord[],
  open: RecordOpener | undefined,
  accounting: ReturnType<typeof useDisclosures>,
  showAccounting: () => void,
) {
  const [waiting, setWaiting] = useState(false);
  const names = usePartyNames([
    ...records.map((record) => record.author),
    ...(accounting.disclosures ?? []).flatMap((entry) => entry.doctor ?? []),
  ]);
  const ready = waiting && accounting.disclosures !== undefined;
  // biome-ignore lint/correctness/useExhaustiveDependencies: the file is written once, when its accounting arrives
  useEffect(() => {
    if (!ready) return;
    setWaiting(false);
    write();
  }, [ready]);
  useEffect(() => {
    if (accounting.error) setWaiting(false);
  }, [accounting.error]);

  const write = () => {
    if (!open) return;
    const oldestFirst = [...records].sort((a, b) => (a.id < b.id ? -1 : 1));
    const documents = oldestFirst.map(open).flatMap((record) =>
      "document" in record
        ? [
            {
              id: record.id,
              author: record.author,
              createdAt: record.createdAt,
              amends: record.amends,
              document: record.document,
            },
          ]
        : [],
    );
    downloadJson(
      `carechain-records-${patient.toLowerCase()}.fhir.json`,
      toFhirBundle(patient, documents, names, new Date(), accounting.disclosures),
    );
  };

  return () => {
    showAccounting();
    setWaiting(true);
  };
}
