import { keepPreviousData, useInfiniteQuery, useQueryClient } from "@tanstack/react-query";
import { useMemo } from "react";
import { type Address, type Client, encodeEventTopics, type Hex, parseEventLogs } from "viem";
import { useChainId, useConfig } from "wagmi";
import { getClient } from "wagmi/actions";
import { rpcProfileOf } from "../../chain/chains";
import { getLogs } from "../../chain/logs";
import { settledBlock } from "../../chain/useChainHead";
import { useReadsReady } from "../../chain/useReadsReady";
import { contractAddress } from "../../contracts/deployments";
import { logsKey } from "../../contracts/reads/keys";
import { useContractRead, useContractReads } from "../../contracts/reads/useContractRead";
import { contractAbis } from "../../contracts/registry";
import { readLinkedBlocks, sortWindow, walkCache } from "../blockWalk";
import { type ConsentList, type ConsentRow, toConsent } from "./useConsents";

const abi = contractAbis.PatientRecords;
/** Blocks of new doctors per page: each holds at least one doctor, so a page shows at least this many. */
const BLOCKS_PER_PAGE = 20;

type DoctorsPage = { doctors: Address[]; next: bigint };
type DoctorsQuery = {
  chainId: number;
  address: Address;
  patient: Address;
  latest: bigint;
  settled: bigint;
  maxRange: bigint;
};

/**
 * Every doctor `patient` ever allowed, most recent first, with where each consent stands now. The contract links a
 * patient's blocks of new doctors through events (a patient has a few doctors, and a stored list would cost a
 * first consent a fresh slot): the list is walked back from the account's latest such block, a window of blocks
 * per call, and the statuses are one batched read.
 */
export function useDoctorsOf(patient: Address | undefined): ConsentList {
  const chainId = useChainId();
  const config = useConfig();
  const queryClient = useQueryClient();
  const ready = useReadsReady();
  const address = contractAddress(chainId, "PatientRecords");
  const account = useContractRead("PatientRecords", "accountOf", patient ? [patient] : undefined);
  const latest = account.data && BigInt(account.data.latestDoctorsBlock);
  const walk = useInfiniteQuery({
    queryKey: logsKey(chainId, "PatientRecords", "doctorsOf", patient, latest),
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: 30 * 60_000,
    initialPageParam: latest ?? 0n,
    getNextPageParam: (last: DoctorsPage) => (last.next === 0n ? undefined : last.next),
    placeholderData: keepPreviousData,
    enabled: ready && address !== undefined && patient !== undefined && latest !== undefined,
    queryFn: ({ pageParam }) =>
      readDoctorsPage(getClient(config, { chainId }) as Client, {
        chainId,
        address: address as Address,
        patient: patient as Address,
        latest: pageParam,
        settled: settledBlock(queryClient, chainId),
        maxRange: rpcProfileOf(chainId).maxLogRange,
      }),
  });
  const doctors = useMemo(
    () => walk.data && [...new Set(walk.data.pages.flatMap((page) => page.doctors))],
    [walk.data],
  );
  const statuses = useContractReads(
    "PatientRecords",
    "consentOf",
    useMemo(() => patient && doctors?.map((doctor) => [patient, doctor] as const), [patient, doctors]),
    { keepPrevious: true },
  );
  const consents = useMemo(
    () => (doctors?.length === 0 ? [] : (statuses.data as readonly ConsentRow[] | undefined)?.map(toConsent)),
    [doctors, statuses.data],
  );
  return {
    consents,
    isLoading: consents === undefined,
    hasMore: walk.hasNextPage,
    loadMore: () => walk.fetchNextPage(),
    loadingMore: walk.isFetchingNextPage,
  };
}

/** One filter for a window's links and grants: both events name the patient first. */
function doctorsFilter(address: Address, patient: Address) {
  const [grantedTopic, patientTopic] = encodeEventTopics({
    abi,
    eventName: "AccessGranted",
    args: { patient },
  }) as Hex[];
  const [linkTopic] = encodeEventTopics({ abi, eventName: "DoctorsAllowedInBlock" }) as Hex[];
  return { address, topics: [[linkTopic, grantedTopic] as Hex[], patientTopic as Hex] };
}

async function readDoctorsPage(client: Client, query: DoctorsQuery): Promise<DoctorsPage> {
  const filter = doctorsFilter(query.address, query.patient);
  const cache = walkCache<Address>(["doctors", query.chainId, query.address, query.patient].join(":"));
  const readWindow = async (from: bigint, to: bigint) =>
    sortWindow(
      parseEventLogs({ abi, logs: await getLogs(client, filter, [from, to], query.maxRange) }),
      (log) => (log.eventName === "DoctorsAllowedInBlock" ? log.args.previousBlock : undefined),
      (log) => (log.eventName === "AccessGranted" ? log.args.doctor : undefined),
    );
  const { entries, next } = await readLinkedBlocks(cache, readWindow, {
    ...query,
    floor: 0n,
    limit: BLOCKS_PER_PAGE,
  });
  // Within a block, the later grant is the more recent.
  return { doctors: entries.flatMap((entry) => [...entry.items].reverse()), next };
}
