import { useQuery } from "@tanstack/react-query";
import { useEffect } from "react";
import { type Address, encodeEventTopics, type Hex } from "viem";
import { useConfig } from "wagmi";
import { getBlock } from "wagmi/actions";
import { contractAbis } from "../../contracts/registry";
import type { EventLog } from "../../contracts/types";
import { logsKey } from "../../sync/reads/keys";
import { useContractRead } from "../../sync/reads/useContractRead";
import { useLinkedBlocks } from "../../sync/useLinkedBlocks";
import { type Disclosure, type DisclosureKind, newestFirst } from "../disclosures";
import type { Consent, ConsentList } from "./useConsents";
import { shareTopics } from "./useSharedKeys";

const abi = contractAbis.PatientRecords;
type Log = EventLog<"PatientRecords">;
type Walk = ReturnType<typeof useLinkedBlocks<"PatientRecords">>["walk"];
type Found = Omit<Disclosure, "at">;

/**
 * The patient's accounting of disclosures, newest first: every grant and revocation of each doctor they ever
 * allowed, every block of records shared with one, and each records key set up or replaced. Each history is walked
 * back from where the contract keeps its latest block (the consent, the account), each event naming the block of
 * the one before, so the reads are those of the rows shown, whatever the chain's age; then one header per block
 * gives its time. Read only once asked for (`enabled`), with every page of the patient's doctors.
 */
export function useDisclosures(patient: Address | undefined, doctors: ConsentList, enabled: boolean) {
  const { chainId, ready, walk } = useLinkedBlocks("PatientRecords");
  const config = useConfig();
  const account = useContractRead("PatientRecords", "accountOf", patient ? [patient] : undefined);
  const { hasMore, loadingMore, loadMore } = doctors;
  useEffect(() => {
    if (enabled && hasMore && !loadingMore) loadMore();
  }, [enabled, hasMore, loadingMore, loadMore]);
  const consents = hasMore ? undefined : doctors.consents;
  const keyBlock = account.data && BigInt(account.data.keyBlock);
  const heads = consents?.map((consent) => [
    consent.account,
    consent.changedAtBlock,
    consent.latestShareBlock,
  ]);
  const query = useQuery({
    enabled: enabled && ready && patient !== undefined && consents !== undefined && keyBlock !== undefined,
    queryKey: logsKey(chainId, "PatientRecords", "disclosures", patient, keyBlock, heads),
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: 30 * 60_000,
    queryFn: async (): Promise<Disclosure[]> => {
      const owner = patient as Address;
      const found = (
        await Promise.all([
          keyChanges(walk, owner, keyBlock ?? 0n),
          ...(consents ?? []).flatMap((consent) => [
            accessChanges(walk, owner, consent),
            sharedRecords(walk, owner, consent),
          ]),
        ])
      ).flat();
      const times = new Map<bigint, number>();
      await Promise.all(
        [...new Set(found.map((entry) => entry.block))].map(async (blockNumber) => {
          const block = await getBlock(config, { chainId, blockNumber });
          times.set(blockNumber, Number(block.timestamp));
        }),
      );
      return found.map((entry) => ({ ...entry, at: times.get(entry.block) ?? 0 })).sort(newestFirst);
    },
  });
  return { disclosures: query.data, isLoading: enabled && !query.data && !query.error, error: query.error };
}

/** A link is the block of the change before, or this very block for a second change in it (no link then). */
const linkIn = (log: Log, link: bigint) => (link === log.blockNumber ? undefined : link);

const disclosureIn = (log: Log, kind: DisclosureKind, doctor?: Address): Found => ({
  kind,
  block: log.blockNumber,
  logIndex: log.logIndex,
  ...(doctor ? { doctor } : {}),
});

async function accessChanges(walk: Walk, patient: Address, consent: Consent): Promise<Found[]> {
  if (consent.changedAtBlock === 0n) return [];
  const { entries } = await walk({
    list: ["accessChanges", patient, consent.account],
    filter: pairTopics(["AccessGranted", "AccessRevoked"], patient, consent.account),
    linkOf: (log) =>
      log.eventName === "AccessGranted"
        ? linkIn(log, log.args.previousChangeBlock)
        : log.eventName === "AccessRevoked"
          ? linkIn(log, log.args.grantBlock)
          : undefined,
    itemOf: (log) =>
      log.eventName === "AccessGranted"
        ? disclosureIn(log, "allowed", consent.account)
        : log.eventName === "AccessRevoked"
          ? disclosureIn(log, "revoked", consent.account)
          : undefined,
    bounds: { latest: consent.changedAtBlock, floor: 0n },
  });
  return entries.flatMap((entry) => entry.items);
}

/**
 * The records shared with the doctor, per block. A share's key event names the record and the reader, not the
 * patient: the keys counted are those of transactions that also carry this patient's block link.
 */
async function sharedRecords(walk: Walk, patient: Address, consent: Consent): Promise<Found[]> {
  if (consent.latestShareBlock === 0n) return [];
  const mine = patient.toLowerCase();
  type ShareLog = { link: boolean; tx: Hex; recordId?: bigint; log: Log };
  const { entries } = await walk<ShareLog>({
    list: ["sharedRecords", patient, consent.account],
    filter: shareTopics(consent.account),
    linkOf: (log) =>
      log.eventName === "KeysSharedInBlock" && log.args.patient.toLowerCase() === mine
        ? log.args.previousShareBlock
        : undefined,
    itemOf: (log) =>
      log.eventName === "KeysSharedInBlock" && log.args.patient.toLowerCase() === mine
        ? { link: true, tx: log.transactionHash, log }
        : log.eventName === "RecordKeyShared"
          ? { link: false, tx: log.transactionHash, recordId: log.args.recordId, log }
          : undefined,
    bounds: { latest: consent.latestShareBlock, floor: 0n },
  });
  return entries.flatMap(({ items }) => {
    const linked = items.find((item) => item.link);
    if (!linked) return [];
    const txs = new Set(items.filter((item) => item.link).map((item) => item.tx));
    const recordIds = items.flatMap((item) =>
      txs.has(item.tx) && item.recordId !== undefined ? [item.recordId] : [],
    );
    return [{ ...disclosureIn(linked.log, "shared", consent.account), recordIds }];
  });
}

async function keyChanges(walk: Walk, patient: Address, keyBlock: bigint): Promise<Found[]> {
  if (keyBlock === 0n) return [];
  const [keyTopic, accountTopic] = encodeEventTopics({
    abi,
    eventName: "EncryptionKeyRegistered",
    args: { account: patient },
  }) as Hex[];
  const { entries } = await walk({
    list: ["keyChanges", patient],
    filter: [keyTopic as Hex, accountTopic as Hex],
    linkOf: (log) =>
      log.eventName === "EncryptionKeyRegistered" ? linkIn(log, log.args.previousKeyBlock) : undefined,
    itemOf: (log) =>
      log.eventName === "EncryptionKeyRegistered"
        ? disclosureIn(log, log.args.previousKeyBlock === 0n ? "keySetUp" : "keyReplaced")
        : undefined,
    bounds: { latest: keyBlock, floor: 0n },
  });
  return entries.flatMap((entry) => entry.items);
}

/** One filter for events that name the patient first and the doctor second. */
function pairTopics(
  names: readonly ("AccessGranted" | "AccessRevoked")[],
  patient: Address,
  doctor: Address,
) {
  const topics = names.map(
    (eventName) => encodeEventTopics({ abi, eventName, args: { patient, doctor } }) as Hex[],
  );
  const [first] = topics as [Hex[]];
  return [topics.map((each) => each[0] as Hex), first[1] as Hex, first[2] as Hex];
}
