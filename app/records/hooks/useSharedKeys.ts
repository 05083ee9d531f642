import { useQuery, useQueryClient } from "@tanstack/react-query";
import { type Address, type Client, encodeEventTopics, type Hex, parseEventLogs } from "viem";
import { useChainId, useConfig } from "wagmi";
import { getClient } from "wagmi/actions";
import { rpcProfileOf } from "../../chain/chains";
import { getLogs, type LogFilter } from "../../chain/logs";
import { settledBlock } from "../../chain/useChainHead";
import { useReadsReady } from "../../chain/useReadsReady";
import { contractAddress } from "../../contracts/deployments";
import { logsKey } from "../../contracts/reads/keys";
import { useContractRead } from "../../contracts/reads/useContractRead";
import { contractAbis } from "../../contracts/registry";
import { readLinkedBlocks, sortWindow, walkCache } from "../blockWalk";
import type { SharedEvent } from "../ledger";

const abi = contractAbis.PatientRecords;
const NONE: SharedEvent[] = [];

/**
 * The keys `patient` shared with `reader` for the records on screen, the oldest of which lies in block
 * `oldestShown`: read by walking back from the consent's latest share block, each window of blocks read once for
 * both its links and its keys. A new share moves the consent's latest block, and with it the walk.
 */
export function useSharedKeys(
  patient: Address | undefined,
  reader: Address | undefined,
  oldestShown: bigint | undefined,
): SharedEvent[] {
  const chainId = useChainId();
  const config = useConfig();
  const queryClient = useQueryClient();
  const ready = useReadsReady();
  const address = contractAddress(chainId, "PatientRecords");
  const consent = useContractRead(
    "PatientRecords",
    "consentOf",
    patient && reader ? [patient, reader] : undefined,
  );
  const latest = consent.data && BigInt(consent.data.latestShareBlock);
  const query = useQuery({
    queryKey: logsKey(chainId, "PatientRecords", "sharedKeys", patient, reader, latest, oldestShown),
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: 30 * 60_000,
    enabled:
      ready &&
      address !== undefined &&
      reader !== undefined &&
      latest !== undefined &&
      oldestShown !== undefined,
    queryFn: () =>
      readSharedKeys(getClient(config, { chainId }) as Client, {
        chainId,
        settled: settledBlock(queryClient, chainId),
        address: address as Address,
        patient: patient as Address,
        reader: reader as Address,
        latest: latest as bigint,
        floor: oldestShown as bigint,
        maxRange: rpcProfileOf(chainId).maxLogRange,
      }),
  });
  return query.data ?? NONE;
}

type SharedKeysQuery = {
  chainId: number;
  settled: bigint;
  address: Address;
  patient: Address;
  reader: Address;
  latest: bigint;
  floor: bigint;
  maxRange: bigint;
};

/** One filter for a window's links and keys: both events name the reader second. */
function shareFilter(address: Address, reader: Address): LogFilter {
  const [keyTopic, , readerTopic] = encodeEventTopics({
    abi,
    eventName: "RecordKeyShared",
    args: { reader },
  }) as Hex[];
  const [linkTopic] = encodeEventTopics({ abi, eventName: "KeysSharedInBlock" }) as Hex[];
  return { address, topics: [[linkTopic, keyTopic] as Hex[], null, readerTopic as Hex] };
}

/**
 * The share blocks walked are kept per chain, contract and pair once deeper than a reorganisation reaches: a new
 * share then costs only the blocks since the last one, usually one small window.
 */
async function readSharedKeys(client: Client, query: SharedKeysQuery): Promise<SharedEvent[]> {
  const filter = shareFilter(query.address, query.reader);
  const cache = walkCache<SharedEvent>(
    ["shares", query.chainId, query.address, query.patient, query.reader].join(":"),
  );
  const patient = query.patient.toLowerCase();
  const readWindow = async (from: bigint, to: bigint) =>
    sortWindow(
      parseEventLogs({ abi, logs: await getLogs(client, filter, [from, to], query.maxRange) }),
      (log) =>
        log.eventName === "KeysSharedInBlock" && log.args.patient.toLowerCase() === patient
          ? log.args.previousShareBlock
          : undefined,
      (log) => (log.eventName === "RecordKeyShared" ? (log as unknown as SharedEvent) : undefined),
    );
  const { entries } = await readLinkedBlocks(cache, readWindow, query);
  return entries.flatMap((entry) => entry.items);
}
