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

/** A list of consents, newest first, read a page at a time. */
export type ConsentList = {
  consents: Consent[] | undefined;
  isLoading: boolean;
  hasMore: boolean;
  loadMore: () => unknown;
  loadingMore: boolean;
};

/** A consent as the contract's views return it. */
export type ConsentRow = {
  account: Address;
  status: number;
  grantedAtBlock: number;
  latestShareBlock: number;
};

export const toConsent = (row: ConsentRow): Consent => ({
  account: row.account,
  status: CONSENT_STATUS[row.status] ?? "never",
  grantedAtBlock: BigInt(row.grantedAtBlock),
  latestShareBlock: BigInt(row.latestShareBlock),
});

const PAGE = 20n;

/**
 * Every patient who ever allowed `doctor`, most recent first, with where each consent stands now: allowed, revoked,
 * or ended with the doctor's role. The contract links a doctor's patients in storage: a page is one view call.
 */
export function usePatientsOf(doctor: Address | undefined): ConsentList {
  const pages = useContractPages<"PatientRecords", "patientsOf", ConsentRow>(
    "PatientRecords",
    "patientsOf",
    doctor && ((cursor) => [doctor, cursor as Address, PAGE]),
    { firstCursor: "0x0000000000000000000000000000000000000000", key: [doctor] },
  );
  const consents = useMemo(() => pages.items?.map(toConsent), [pages.items]);
  return {
    consents,
    isLoading: pages.isLoading,
    hasMore: pages.hasMore,
    loadMore: pages.loadMore,
    loadingMore: pages.loadingMore,
  };
}
