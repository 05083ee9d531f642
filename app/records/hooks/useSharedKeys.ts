import { useQuery } from "@tanstack/react-query";
import { type Address, encodeEventTopics, type Hex } from "viem";
import { contractAbis } from "../../contracts/registry";
import { logsKey } from "../../sync/reads/keys";
import { useContractRead } from "../../sync/reads/useContractRead";
import { useLinkedBlocks } from "../../sync/useLinkedBlocks";
import type { SharedEvent } from "../ledger";

const abi = contractAbis.PatientRecords;
const NONE: SharedEvent[] = [];

/**
 * The keys `patient` shared with `reader` for the records on screen, the oldest of which lies in block
 * `oldestShown`: read by walking back from the consent's latest share block, each window of blocks read once for
 * both its links and its keys. A new share moves the consent's latest block, and with it the walk; the blocks
 * walked are kept per pair once deeper than a reorganisation reaches, so a new share costs only the blocks since
 * the last one, usually one small window.
 */
export function useSharedKeys(
  patient: Address | undefined,
  reader: Address | undefined,
  oldestShown: bigint | undefined,
): SharedEvent[] {
  const { chainId, ready, walk } = useLinkedBlocks("PatientRecords");
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
    enabled: ready && reader !== undefined && latest !== undefined && oldestShown !== undefined,
    queryFn: async () => {
      const from = (patient as Address).toLowerCase();
      const { entries } = await walk({
        list: ["shares", patient as Address, reader as Address],
        filter: shareTopics(reader as Address),
        linkOf: (log) =>
          log.eventName === "KeysSharedInBlock" && log.args.patient.toLowerCase() === from
            ? log.args.previousShareBlock
            : undefined,
        itemOf: (log) => (log.eventName === "RecordKeyShared" ? log : undefined),
        bounds: { latest: latest as bigint, floor: oldestShown as bigint },
      });
      return entries.flatMap((entry) => entry.items);
    },
  });
  return query.data ?? NONE;
}

/** One filter for a window's links and keys: both events name the reader second. */
export function shareTopics(reader: Address) {
  const [keyTopic, , readerTopic] = encodeEventTopics({
    abi,
    eventName: "RecordKeyShared",
    args: { reader },
  }) as Hex[];
  const [linkTopic] = encodeEventTopics({ abi, eventName: "KeysSharedInBlock" }) as Hex[];
  return [[linkTopic, keyTopic] as Hex[], null, readerTopic as Hex];
}
