import { useMemo } from "react";
import { zeroHash } from "viem";
import { useContractReads } from "../../contracts/reads/useContractRead";
import { useRoleMembers } from "../../roles/useRoles";

/** The doctors a patient can allow (holders of DOCTOR), each with whether they have set up their record key. */
export function useDoctors() {
  const members = useRoleMembers().data?.get("DOCTOR");
  const doctors = members?.members;
  const argsList = useMemo(() => doctors?.map((doctor) => [doctor] as const), [doctors]);
  const keys = useContractReads("PatientRecords", "encryptionKeyOf", argsList);
  return useMemo(
    () =>
      doctors?.map((address, index) => ({
        address,
        hasKey: keys.data !== undefined && keys.data[index] !== zeroHash,
      })),
    [doctors, keys.data],
  );
}
