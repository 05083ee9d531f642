import {
  type Address,
  BaseError,
  type Client,
  formatLog,
  type Hex,
  HttpRequestError,
  type Log,
  numberToHex,
} from "viem";

/** Which logs to fetch: one address or several, optionally filtered by topics. */
export type LogFilter = { address: Address | Address[]; topics?: (Hex | Hex[] | null)[] };

/** [from, to] cut into consecutive windows of at most `maxRange` blocks, oldest first. */
export function blockWindows(from: bigint, to: bigint, maxRange: bigint): [bigint, bigint][] {
  const windows: [bigint, bigint][] = [];
  for (let start = from; start <= to; start += maxRange) {
    windows.push([start, start + maxRange - 1n < to ? start + maxRange - 1n : to]);
  }
  return windows;
}

/** The distinct blocks, grouped oldest first so that each group spans at most `maxRange` blocks. */
export function clusterBlocks(blocks: readonly bigint[], maxRange: bigint): [bigint, bigint][] {
  const sorted = [...new Set(blocks)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const clusters: [bigint, bigint][] = [];
  for (const block of sorted) {
    const last = clusters.at(-1);
    if (last && block - last[0] < maxRange) last[1] = block;
    else clusters.push([block, block]);
  }
  return clusters;
}

/**
 * Every log matching `filter` in [from, to], fetched in windows the endpoint accepts, all windows at once (one
 * batched request). A window the endpoint still refuses as too large (too many results) is split in two; a 429 or
 * a passing fault is retried after the delay it asks for, or with backoff.
 */
export async function getLogs(
  client: Client,
  filter: LogFilter,
  [from, to]: [bigint, bigint],
  maxRange: bigint,
): Promise<Log[]> {
  const pages = await Promise.all(
    blockWindows(from, to, maxRange).map((window) => getWindow(client, filter, window)),
  );
  return pages.flat();
}

/** The logs matching `filter` in exactly these blocks, in as few calls as the range limit allows. */
export async function getLogsAtBlocks(
  client: Client,
  filter: LogFilter,
  blocks: readonly bigint[],
  maxRange: bigint,
): Promise<Log[]> {
  const pages = await Promise.all(
    clusterBlocks(blocks, maxRange).map((cluster) => getWindow(client, filter, cluster)),
  );
  const wanted = new Set(blocks);
  return pages.flat().filter((log) => log.blockNumber !== null && wanted.has(log.blockNumber));
}

const MAX_ATTEMPTS = 6;

async function getWindow(
  client: Client,
  filter: LogFilter,
  [from, to]: [bigint, bigint],
  attempt = 0,
): Promise<Log[]> {
  try {
    const raw = (await client.request(
      {
        method: "eth_getLogs",
        params: [{ ...filter, fromBlock: numberToHex(from), toBlock: numberToHex(to) }],
      } as never,
      // Retried here, not by the transport: a window that is too large must be split, not sent again.
      { retryCount: 0 },
    )) as Parameters<typeof formatLog>[0][];
    return raw.map((log) => formatLog(log));
  } catch (error) {
    const refusal = refusalOf(error);
    if (refusal === "tooLarge" && from < to) {
      const middle = (from + to) / 2n;
      const halves = await Promise.all([
        getWindow(client, filter, [from, middle]),
        getWindow(client, filter, [middle + 1n, to]),
      ]);
      return halves.flat();
    }
    if (refusal === "busy" && attempt < MAX_ATTEMPTS) {
      await new Promise((resolve) => setTimeout(resolve, retryDelay(error, attempt)));
      return getWindow(client, filter, [from, to], attempt + 1);
    }
    throw error;
  }
}

/** Why an endpoint refused a log query: the query was too large, or the endpoint is busy (try again later). */
export function refusalOf(error: unknown): "tooLarge" | "busy" | undefined {
  if (!(error instanceof BaseError)) return error instanceof TypeError ? "busy" : undefined;
  const http = error.walk((e) => e instanceof HttpRequestError) as HttpRequestError | null;
  const status = http?.status;
  if (status === 413) return "tooLarge";
  if (status !== undefined && [408, 429, 500, 502, 503, 504].includes(status)) return "busy";
  const text = `${error.details ?? ""} ${error.shortMessage} ${error.message}`.toLowerCase();
  if (/rate|too many requests|capacity|throttl/.test(text)) return "busy";
  if (/range|too many|results|response size|limit|exceed/.test(text)) return "tooLarge";
  const code = (
    error.walk((e) => typeof (e as { code?: unknown }).code === "number") as { code?: number } | null
  )?.code;
  if (code === 429 || code === -32007) return "busy";
  return undefined;
}

function retryDelay(error: unknown, attempt: number): number {
  const http =
    error instanceof BaseError
      ? (error.walk((e) => e instanceof HttpRequestError) as HttpRequestError | null)
      : null;
  const seconds = Number(http?.headers?.get("Retry-After"));
  return Number.isFinite(seconds) && seconds > 0 ? seconds * 1_000 : 250 * 2 ** attempt;
}
