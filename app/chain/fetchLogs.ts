import { type Abi, type Address, type Client, type Log, parseEventLogs } from "viem";
import { getBlock, getBlockNumber, getLogs } from "viem/actions";

/** Blocks per eth_getLogs call: within what public RPC providers accept. */
const RANGE = 10_000n;

/**
 * Every event a contract emitted since `fromBlock`, decoded with its ABI and carrying its block time. The block
 * ranges are requested together, so that over a batching transport the whole history costs one HTTP request
 * (plus one for block times, only on nodes that do not put `blockTimestamp` in logs). Given a recent block number
 * (`headHint`), it does not ask for one first: the last range then runs to "latest", a few blocks longer at most.
 */
export async function fetchContractEvents<const abi extends Abi>(
  client: Client,
  { address, abi, fromBlock, headHint }: { address: Address; abi: abi; fromBlock: bigint; headHint?: bigint },
) {
  const head = headHint ?? (await getBlockNumber(client, { cacheTime: 0 }));
  const pages = await Promise.all(
    blockRanges(fromBlock, head).map(([from, to]) =>
      getLogs(client, { address, fromBlock: from, toBlock: to }),
    ),
  );
  const logs = await withBlockTimestamps(client, pages.flat());
  return parseEventLogs({ abi, logs }).map((log) => ({
    ...log,
    timestamp: Number(log.blockTimestamp ?? 0n),
  }));
}

/** Consecutive ranges of at most RANGE blocks from `fromBlock` to `head`, the last one open-ended. */
export function blockRanges(fromBlock: bigint, head: bigint): [bigint, bigint | "latest"][] {
  const ranges: [bigint, bigint | "latest"][] = [];
  for (let start = fromBlock; start + RANGE <= head; start += RANGE) ranges.push([start, start + RANGE - 1n]);
  ranges.push([fromBlock + BigInt(ranges.length) * RANGE, "latest"]);
  return ranges;
}

async function withBlockTimestamps(client: Client, logs: Log[]): Promise<Log[]> {
  const missing = [
    ...new Set(logs.filter((log) => log.blockTimestamp == null).map((log) => log.blockNumber)),
  ];
  if (missing.length === 0) return logs;
  const blocks = await Promise.all(
    missing.map((blockNumber) => getBlock(client, { blockNumber: blockNumber ?? undefined })),
  );
  const times = new Map(blocks.map((block) => [block.number, block.timestamp]));
  return logs.map((log) => ({
    ...log,
    blockTimestamp: log.blockTimestamp ?? times.get(log.blockNumber ?? 0n),
  }));
}
