import { useMemo } from "react";
import { LIMITS, PROVIDER_KINDS } from "../../contracts/limits";
import { useContractRead, useContractReads } from "../../sync/reads/useContractRead";

/**
 * The doctors a patient can allow: the verified doctors of the provider directory (a page of it, read with the
 * page), each with whether they have set up their record key. Any other doctor can be allowed by address.
 */
export function useDoctors() {
  const listed = useContractRead("ProviderDirectory", "listedEntries", [0n, BigInt(LIMITS.pageItems)]);
  const doctors = useMemo(
    () => listed.data?.filter((entry) => PROVIDER_KINDS[entry.kind] === "doctor" && entry.verified),
    [listed.data],
  );
  const argsList = useMemo(() => doctors?.map((doctor) => [doctor.account] as const), [doctors]);
  const accounts = useContractReads("PatientRecords", "accountOf", argsList);
  return useMemo(
    () =>
      doctors?.map((doctor, index) => ({
        address: doctor.account,
        name: doctor.name,
        hasKey: (accounts.data?.[index]?.keyBlock ?? 0) !== 0,
      })),
    [doctors, accounts.data],
  );
}
