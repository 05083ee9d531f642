import { useMemo } from "react";
import type { Address } from "viem";
import {
  CONSENT_STATUS,
  type ConsentStatus,
  DOCTOR_DECISION,
  type DoctorDecision,
} from "../../contracts/limits";
import type { ViewResult } from "../../contracts/types";
import { useContractPages } from "../../sync/reads/useContractPages";

/**
 * One patient–doctor consent as a list shows it: the other party, where it stands, the block of its latest grant or
 * revocation (while allowed, the grant that carries the card), and what the doctor decided (a consent is a request
 * until the doctor accepts it).
 */
export type Consent = {
  account: Address;
  status: ConsentStatus;
  changedAtBlock: bigint;
  latestShareBlock: bigint;
  decision: DoctorDecision;
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
export type ConsentRow = ViewResult<"PatientRecords", "consentOf">;

export const toConsent = (row: ConsentRow): Consent => ({
  account: row.account,
  status: CONSENT_STATUS[row.status] ?? "never",
  changedAtBlock: BigInt(row.changedAtBlock),
  latestShareBlock: BigInt(row.latestShareBlock),
  decision: DOCTOR_DECISION[row.decision] ?? "pending",
});

const PAGE = 20n;

/**
 * The patients `doctor` accepted, most recently accepted first, with where each consent stands now: allowed, revoked,
 * or ended with the doctor's role. Only the doctor adds to this list; the contract links it in storage, so a page
 * is one view call.
 */
export function usePatientsOf(doctor: Address | undefined): ConsentList {
  return useConsentPages("patientsOf", doctor);
}

/**
 * Every patient who ever allowed `doctor`, most recent first: those the doctor has not answered yet, and who still
 * allow them, are the doctor's requests. Anyone with a key can ask, so a request is never taken for a patient.
 */
export function useRequestsOf(doctor: Address | undefined): ConsentList {
  const list = useConsentPages("requestsOf", doctor);
  const consents = useMemo(
    () => list.consents?.filter((consent) => consent.decision === "pending" && consent.status === "allowed"),
    [list.consents],
  );
  return { ...list, consents };
}

function useConsentPages(view: "patientsOf" | "requestsOf", doctor: Address | undefined): ConsentList {
  const pages = useContractPages(
    "PatientRecords",
    view,
    doctor && ((cursor) => [doctor, cursor as Address, PAGE] as const),
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
