import type { Log } from "viem";

/**
 * Logs already read, by block, so that none is fetched twice: the recent blocks the chain sync read whole (every
 * CareChain contract), and the blocks a page's past events were fetched from (for that one filter). A list that
 * gains a row asks again only for the new row's block, and that one is usually in the first cache already.
 */
const MAX_ENTRIES = 4_096;
const wholeBlocks = new Map<string, Log[]>();
const filtered = new Map<string, Log[]>();

const blockKey = (chainId: number, block: bigint) => `${chainId}:${block}`;
const filterKey = (chainId: number, block: bigint, filter: string) => `${chainId}:${block}:${filter}`;

function trim(cache: Map<string, Log[]>) {
  while (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value as string);
}

/** Every log of the CareChain contracts in blocks [from, to]. */
export function rememberBlocks(chainId: number, from: bigint, to: bigint, logs: readonly Log[]) {
  for (let block = from; block <= to; block++) {
    const key = blockKey(chainId, block);
    wholeBlocks.delete(key);
    wholeBlocks.set(
      key,
      logs.filter((log) => log.blockNumber === block),
    );
  }
  trim(wholeBlocks);
}

/** The logs matching `filter` (an address and topics, serialised) in each of `blocks`, as fetched. */
export function rememberFiltered(
  chainId: number,
  filter: string,
  blocks: readonly bigint[],
  logs: readonly Log[],
) {
  for (const block of blocks)
    filtered.set(
      filterKey(chainId, block, filter),
      logs.filter((log) => log.blockNumber === block),
    );
  trim(filtered);
}

/**
 * The logs of `address` in one block, if they were read: all of them from a whole block, or those matching
 * `filter` from an earlier fetch with the same filter. Undefined when the block must be fetched.
 */
export function knownLogs(
  chainId: number,
  block: bigint,
  address: string,
  filter: string,
): Log[] | undefined {
  const whole = wholeBlocks.get(blockKey(chainId, block));
  if (whole) return whole.filter((log) => log.address.toLowerCase() === address.toLowerCase());
  return filtered.get(filterKey(chainId, block, filter));
}

/**
 * Whether `log` is missing from its block as it was read whole before; false for a block not read whole (its logs
 * were there before this page's first reads, or are new by their block number).
 */
export function isNewLog(chainId: number, log: Log): boolean {
  if (log.blockNumber === null) return false;
  const whole = wholeBlocks.get(blockKey(chainId, log.blockNumber));
  return (
    whole !== undefined &&
    !whole.some((seen) => seen.transactionHash === log.transactionHash && seen.logIndex === log.logIndex)
  );
}

/** Forgets the blocks above `head`: the chain went back. */
export function forgetAbove(chainId: number, head: bigint) {
  for (const cache of [wholeBlocks, filtered]) {
    for (const key of [...cache.keys()]) {
      const [chain, block] = key.split(":");
      if (Number(chain) === chainId && BigInt(block as string) > head) cache.delete(key);
    }
  }
}
