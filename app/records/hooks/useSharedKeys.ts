import { type QueryClient, useQuery, useQueryClient } from "@tanstack/react-query";
import { type Address, type Client, encodeEventTopics, type Hex, parseEventLogs } from "viem";
import { useChainId, useConfig } from "wagmi";
import { getClient } from "wagmi/actions";
import { rpcProfileOf } from "../../chain/chains";
import { getLogs, type LogFilter } from "../../chain/logs";
import { chainHeadKey } from "../../chain/useChainHead";
import { useReadsReady } from "../../chain/useReadsReady";
import { contractAddress } from "../../contracts/deployments";
import { logsKey } from "../../contracts/reads/keys";
import { useContractRead } from "../../contracts/reads/useContractRead";
import { contractAbis } from "../../contracts/registry";
import type { SharedEvent } from "../ledger";
import { walkShareBlocks } from "../shareWalk";

const abi = contractAbis.PatientRecords;
const NONE: SharedEvent[] = [];

type WalkedBlock = { previous: bigint; keys: SharedEvent[] };
/**
 * Share blocks already walked, per chain, contract and pair, once they are deeper than a reorganisation reaches:
 * a new share then costs only the blocks since the last one, usually one small window.
 */
const walked = new Map<string, Map<bigint, WalkedBlock>>();

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

/** The newest block no reorganisation is expected to undo, by the head last polled; -1 while it is unknown. */
function settledBlock(queryClient: QueryClient, chainId: number): bigint {
  const head = queryClient.getQueryData<bigint>(chainHeadKey(chainId));
  return head === undefined ? -1n : head - BigInt(rpcProfileOf(chainId).reorgDepth);
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

async function readSharedKeys(client: Client, query: SharedKeysQuery): Promise<SharedEvent[]> {
  const filter = shareFilter(query.address, query.reader);
  const pair = [query.chainId, query.address, query.patient, query.reader].join(":").toLowerCase();
  const cache = walked.get(pair) ?? new Map<bigint, WalkedBlock>();
  for (const block of cache.keys()) if (block > query.settled) cache.delete(block);
  const links = new Map([...cache].map(([block, entry]) => [block, entry.previous]));
  const keysRead = new Map<bigint, SharedEvent[]>();
  const patient = query.patient.toLowerCase();
  const readLinks = async (from: bigint, to: bigint) => {
    const logs = parseEventLogs({ abi, logs: await getLogs(client, filter, [from, to], query.maxRange) });
    const found = new Map<bigint, bigint>();
    for (const log of logs) {
      if (log.eventName === "RecordKeyShared")
        keysRead.set(log.blockNumber, [
          ...(keysRead.get(log.blockNumber) ?? []),
          log as unknown as SharedEvent,
        ]);
      else if (log.eventName === "KeysSharedInBlock" && log.args.patient.toLowerCase() === patient)
        found.set(log.blockNumber, log.args.previousShareBlock);
    }
    return found;
  };
  const blocks = await walkShareBlocks(readLinks, links, query);
  const entries = blocks.map(
    (block) => cache.get(block) ?? { previous: links.get(block) as bigint, keys: keysRead.get(block) ?? [] },
  );
  blocks.forEach((block, i) => {
    if (block <= query.settled) cache.set(block, entries[i] as WalkedBlock);
  });
  walked.set(pair, cache);
  return entries.flatMap((entry) => entry.keys);
}
