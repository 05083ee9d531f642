import { useMemo, useState } from "react";
import { useContractRead, useContractReads } from "../../sync/reads/useContractRead";

const PAGE = 10n;

/** What anyone can see of the ledger: how many records exist, and the newest ones' public facts (who, when). */
export function useRecentRecords() {
  const count = useContractRead("PatientRecords", "recordCount", []);
  const [shown, setShown] = useState(PAGE);
  const total = count.data ?? 0n;
  const argsList = useMemo(() => {
    const ids: (readonly [bigint])[] = [];
    for (let id = total - 1n; id >= 0n && total - id <= shown; id--) ids.push([id]);
    return ids;
  }, [total, shown]);
  const records = useContractReads("PatientRecords", "getRecord", argsList);
  return {
    total: count.data,
    records: records.data?.map((record, i) => ({ id: argsList[i]?.[0] ?? 0n, ...record })),
    hasMore: BigInt(argsList.length) < total,
    showMore: () => setShown((current) => current + PAGE),
  };
}
