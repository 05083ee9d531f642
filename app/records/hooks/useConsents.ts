import { useMemo } from "react";
import type { Address } from "viem";
import { CONSENT_STATUS, type ConsentStatus } from "../../contracts/limits";
import { useContractPages } from "../../contracts/reads/useContractPages";

/** One patient–doctor consent as a list shows it: the other party, where it stands, where its card lies. */
export type Consent = {
  account: Address;
  status: ConsentStatus;
  grantedAtBlock: bigint;
  latestShareBlock: bigint;
};

type ConsentRow = { account: Address; status: number; grantedAtBlock: number; latestShareBlock: number };

const PAGE = 20n;

/**
 * Every doctor a patient ever allowed (`side` "doctors"), or every patient who ever allowed a doctor ("patients"),
 * most recent first, with where each consent stands now: allowed, revoked, or ended with the doctor's role.
 */
export function useConsents(side: "doctors" | "patients", account: Address | undefined) {
  const pages = useContractPages<"PatientRecords", "doctorsOf" | "patientsOf", ConsentRow>(
    "PatientRecords",
    side === "doctors" ? "doctorsOf" : "patientsOf",
    account && ((cursor) => [account, cursor as Address, PAGE]),
    { firstCursor: "0x0000000000000000000000000000000000000000", key: [account] },
  );
  const consents = useMemo(
    () =>
      pages.items?.map(
        (row): Consent => ({
          account: row.account,
          status: CONSENT_STATUS[row.status] ?? "never",
          grantedAtBlock: BigInt(row.grantedAtBlock),
          latestShareBlock: BigInt(row.latestShareBlock),
        }),
      ),
    [pages.items],
  );
  return {
    consents,
    isLoading: pages.isLoading,
    hasMore: pages.hasMore,
    loadMore: pages.loadMore,
    loadingMore: pages.loadingMore,
  };
}
