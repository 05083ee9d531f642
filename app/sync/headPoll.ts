import {
  type Address,
  type Client,
  decodeFunctionResult,
  encodeFunctionData,
  formatLog,
  type Hex,
  hexToBigInt,
  type Log,
  numberToHex,
} from "viem";
import { rpcProfileOf } from "../chain/chains";
import { multicall3Abi, multicall3BlockNumberAbi } from "../chain/standardAbis";
import { deployments } from "../contracts/deployments";
import { keepsSteadyPace, type Sighting, sightHead } from "./blockPace";

/** The logs a head poll read from `from` to the node's newest block, for the sync that follows it. */
export type HeadLogs = { from: bigint; logs: Promise<Log[]> };

/** No chain the app supports makes blocks faster than this. */
const FASTEST_BLOCK_MS = 250;
const offered = new Map<number, HeadLogs>();
const lastPollAt = new Map<number, number>();

/** The logs the last head poll read for the sync, once: the sync that takes them reads no logs itself. */
export function takeHeadLogs(chainId: number): HeadLogs | undefined {
  const logs = offered.get(chainId);
  offered.delete(chainId);
  return logs;
}

const multicall3 = (client: Client): Address | undefined => client.chain?.contracts?.multicall3?.address;

/**
 * One poll of the chain: the head and its timestamp, and, on a chain that makes blocks at a steady pace (so that
 * nearly every poll finds one), every CareChain log from `logsFrom` (the sync has read the blocks before it) to the
 * newest block, in one JSON-RPC batch (one HTTP request): both are asked in the same task, inside the transport's
 * batch window. On a chain that mines on demand most polls find nothing: the head alone is asked, and the sync reads
 * the logs when it moves. The head's call goes first: a node that answers a batch in
 * order has the head no newer than the logs' newest block, and the sync keeps only the logs up to the head. (A node
 * that answers out of order may see a block in between: the sync reads the last blocks again each time, for
 * reorganisations, and picks up what it missed at the next poll.)
 */
export async function pollHead(
  client: Client,
  chainId: number,
  logsFrom: bigint | undefined,
): Promise<bigint> {
  const sightingAsked = readSighting(client);
  if (logsFrom !== undefined && keepsSteadyPace(chainId) && mayReadToNewest(chainId)) {
    const logs = readLogs(client, chainId, logsFrom);
    logs.catch(() => {}); // the sync reads the range itself if this failed
    offered.set(chainId, { from: logsFrom, logs });
  }
  const sighting = await sightingAsked;
  lastPollAt.set(chainId, Date.now());
  sightHead(chainId, sighting);
  return sighting.number;
}

/**
 * Whether the logs since the last poll can be asked without a block range: when few blocks can have passed since,
 * at the chain's pace. A tab hidden for long (its polls paused) reads its way back through the ranged sync instead.
 */
function mayReadToNewest(chainId: number): boolean {
  const last = lastPollAt.get(chainId);
  const profile = rpcProfileOf(chainId);
  return last !== undefined && (Date.now() - last) / FASTEST_BLOCK_MS < Number(profile.maxLogRange) / 2;
}

const headAndTime = (target: Address) =>
  encodeFunctionData({
    abi: multicall3Abi,
    functionName: "aggregate3",
    args: [
      [
        {
          target,
          allowFailure: false,
          callData: encodeFunctionData({ abi: multicall3BlockNumberAbi, functionName: "getBlockNumber" }),
        },
        {
          target,
          allowFailure: false,
          callData: encodeFunctionData({ abi: multicall3Abi, functionName: "getCurrentBlockTimestamp" }),
        },
      ],
    ],
  });

async function readSighting(client: Client): Promise<Sighting> {
  const target = multicall3(client);
  if (!target) {
    const block = (await client.request({ method: "eth_getBlockByNumber", params: ["latest", false] })) as {
      number: Hex;
      timestamp: Hex;
    };
    return { number: hexToBigInt(block.number), timestamp: hexToBigInt(block.timestamp) };
  }
  const answer = await client.request({
    method: "eth_call",
    params: [{ to: target, data: headAndTime(target) }, "latest"],
  });
  const [number, timestamp] = decodeFunctionResult({
    abi: multicall3Abi,
    functionName: "aggregate3",
    data: answer,
  }).map((result) => hexToBigInt(result.returnData));
  return { number: number as bigint, timestamp: timestamp as bigint };
}

async function readLogs(client: Client, chainId: number, from: bigint): Promise<Log[]> {
  const address = Object.values(deployments.get(chainId)?.contracts ?? {}).map(
    (deployed) => deployed.address,
  );
  if (address.length === 0) return [];
  const raw = (await client.request(
    {
      method: "eth_getLogs",
      params: [{ address, fromBlock: numberToHex(from), toBlock: "latest" }],
    } as never,
    // Not sent again: the sync reads the range itself if this fails.
    { retryCount: 0 },
  )) as Parameters<typeof formatLog>[0][];
  return raw.map((log) => formatLog(log));
}
