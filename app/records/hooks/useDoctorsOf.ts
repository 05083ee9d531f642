import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { type Address, encodeEventTopics, type Hex } from "viem";
import { contractAbis } from "../../contracts/registry";
import { logsKey } from "../../sync/reads/keys";
import { useContractRead, useContractReads } from "../../sync/reads/useContractRead";
import { useLinkedBlocks } from "../../sync/useLinkedBlocks";
import { type ConsentList, toConsent } from "./useConsents";

const abi = contractAbis.PatientRecords;
/** Blocks of new doctors per page: each holds at least one doctor, so a page shows at least this many. */
const BLOCKS_PER_PAGE = 20;

type DoctorsPage = { doctors: Address[]; next: bigint };

/**
 * Every doctor `patient` ever allowed, most recent first, with where each consent stands now. The contract links a
 * patient's blocks of new doctors through events (a patient has a few doctors, and a stored list would cost a
 * first consent a fresh slot): the list is walked back from the account's latest such block, a window of blocks
 * per call, and the statuses are one batched read.
 */
export function useDoctorsOf(patient: Address | undefined): ConsentList {
  const { chainId, ready, walk } = useLinkedBlocks("PatientRecords");
  const account = useContractRead("PatientRecords", "accountOf", patient ? [patient] : undefined);
  const latest = account.data && BigInt(account.data.latestDoctorsBlock);
  const pages = useInfiniteQuery({
    queryKey: logsKey(chainId, "PatientRecords", "doctorsOf", patient, latest),
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: 30 * 60_000,
    initialPageParam: latest ?? 0n,
    getNextPageParam: (last: DoctorsPage) => (last.next === 0n ? undefined : last.next),
    placeholderData: keepPreviousData,
    enabled: ready && patient !== undefined && latest !== undefined,
    queryFn: async ({ pageParam }): Promise<DoctorsPage> => {
      const { entries, next } = await walk({
        list: ["doctors", patient as Address],
        filter: doctorsTopics(patient as Address),
        linkOf: (log) => (log.eventName === "DoctorsAllowedInBlock" ? log.args.previousBlock : undefined),
        itemOf: (log) => (log.eventName === "AccessGranted" ? log.args.doctor : undefined),
        bounds: { latest: pageParam, floor: 0n, limit: BLOCKS_PER_PAGE },
      });
      // Within a block, the later grant is the more recent.
      return { doctors: entries.flatMap((entry) => [...entry.items].reverse()), next };
    },
  });
  const doctors = useMemo(
    () => pages.data && [...new Set(pages.data.pages.flatMap((page) => page.doctors))],
    [pages.data],
  );
  const statuses = useContractReads(
    "PatientRecords",
    "consentOf",
    useMemo(() => patient && doctors?.map((doctor) => [patient, doctor] as const), [patient, doctors]),
    { keepPrevious: true },
  );
  const consents = useMemo(
    () => (doctors?.length === 0 ? [] : statuses.data?.map(toConsent)),
    [doctors, statuses.data],
  );
  return {
    consents,
    isLoading: consents === undefined,
    hasMore: pages.hasNextPage,
    loadMore: () => pages.fetchNextPage(),
    loadingMore: pages.isFetchingNextPage,
  };
}

/** One filter for a window's links and grants: both events name the patient first. */
function doctorsTopics(patient: Address) {
  const [grantedTopic, patientTopic] = encodeEventTopics({
    abi,
    eventName: "AccessGranted",
    args: { patient },
  }) as Hex[];
  const [linkTopic] = encodeEventTopics({ abi, eventName: "DoctorsAllowedInBlock" }) as Hex[];
  return [[linkTopic, grantedTopic] as Hex[], patientTopic as Hex];
}
