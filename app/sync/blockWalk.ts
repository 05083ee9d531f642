/**
 * Blocks the contract links newest first through events (each names the block before: a pair's share blocks, a
 * patient's blocks of new doctors), from `latest` down to `floor`, at most `limit` of them. The walk follows `links`
 * (block → previous block) and, for a block it does not know, reads the events of a window of at most `maxRange`
 * blocks that ends there and starts above the highest block it knows below: blocks close together cost one call
 * between them, a walk that reaches blocks read before costs none, and nothing below `floor` is read. `links` gains
 * what is read.
 */
export async function walkLinkedBlocks(
  readLinks: (from: bigint, to: bigint) => Promise<ReadonlyMap<bigint, bigint>>,
  links: Map<bigint, bigint>,
  { latest, floor, maxRange, limit = Number.POSITIVE_INFINITY }: WalkBounds,
): Promise<bigint[]> {
  const blocks: bigint[] = [];
  let next = latest;
  while (next !== 0n && next >= floor && blocks.length < limit) {
    if (!links.has(next)) {
      const from = [floor, next - maxRange + 1n, highestBelow(links, next) + 1n].reduce((a, b) =>
        a > b ? a : b,
      );
      for (const [block, previous] of await readLinks(from, next)) links.set(block, previous);
    }
    const previous = links.get(next);
    if (previous === undefined || previous >= next) throw new Error(`No link in block ${next}`);
    blocks.push(next);
    next = previous;
  }
  return blocks;
}

export type WalkBounds = { latest: bigint; floor: bigint; maxRange: bigint; limit?: number };

/** A walked block: the block it links to, and the events of interest in it. */
export type WalkedBlock<item> = { previous: bigint; items: item[] };

/** What one window of blocks holds: the links found in it, and the events of interest per block. */
export type BlockWindow<item> = { links: ReadonlyMap<bigint, bigint>; items: ReadonlyMap<bigint, item[]> };

/**
 * The events of interest in the linked blocks from `latest` down (see walkLinkedBlocks), each window read once for
 * both its links and its events. `cache` keeps the blocks walked at or below `settled` (deeper than a
 * reorganisation reaches), so a later walk costs only the blocks since. `next` is where a following page starts
 * (0: none).
 */
export async function readLinkedBlocks<item>(
  cache: Map<bigint, WalkedBlock<item>>,
  readWindow: (from: bigint, to: bigint) => Promise<BlockWindow<item>>,
  { settled, ...bounds }: WalkBounds & { settled: bigint },
): Promise<{ entries: WalkedBlock<item>[]; next: bigint }> {
  for (const block of cache.keys()) if (block > settled) cache.delete(block);
  const links = new Map([...cache].map(([block, entry]) => [block, entry.previous]));
  const itemsRead = new Map<bigint, item[]>();
  const readLinks = async (from: bigint, to: bigint) => {
    const window = await readWindow(from, to);
    for (const [block, items] of window.items) itemsRead.set(block, items);
    return window.links;
  };
  const blocks = await walkLinkedBlocks(readLinks, links, bounds);
  const entries = blocks.map(
    (block) =>
      cache.get(block) ?? { previous: links.get(block) as bigint, items: itemsRead.get(block) ?? [] },
  );
  blocks.forEach((block, i) => {
    if (block <= settled) cache.set(block, entries[i] as WalkedBlock<item>);
  });
  const last = entries.at(-1);
  return { entries, next: last && last.previous >= bounds.floor ? last.previous : 0n };
}

const caches = new Map<string, Map<bigint, WalkedBlock<unknown>>>();

/** The blocks kept for one walked list (its chain, contract and owners in `key`) while the app is open. */
export function walkCache<item>(key: string): Map<bigint, WalkedBlock<item>> {
  const id = key.toLowerCase();
  const cache = caches.get(id) ?? new Map<bigint, WalkedBlock<unknown>>();
  caches.set(id, cache);
  return cache as Map<bigint, WalkedBlock<item>>;
}

/** A window's events sorted, per block, into the links (`linkOf` says which event is one) and the items. */
export function sortWindow<event extends { blockNumber: bigint }, item>(
  events: readonly event[],
  linkOf: (event: event) => bigint | undefined,
  itemOf: (event: event) => item | undefined,
): BlockWindow<item> {
  const links = new Map<bigint, bigint>();
  const items = new Map<bigint, item[]>();
  for (const event of events) {
    const link = linkOf(event);
    if (link !== undefined) links.set(event.blockNumber, link);
    const found = itemOf(event);
    if (found !== undefined) items.set(event.blockNumber, [...(items.get(event.blockNumber) ?? []), found]);
  }
  return { links, items };
}

function highestBelow(links: ReadonlyMap<bigint, bigint>, block: bigint): bigint {
  let highest = -1n;
  for (const known of links.keys()) if (known < block && known > highest) highest = known;
  return highest;
}
