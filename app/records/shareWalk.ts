/**
 * The blocks holding shares from one patient to one reader, newest first, from `latest` (the consent's latest share
 * block) down to `floor`. The contract links each such block to the pair's share block before it, in an event; the
 * walk follows `links` (block → previous share block) and, for a block it does not know, reads the events of a
 * window of at most `maxRange` blocks that ends there and starts above the highest block it knows below: shares made
 * close together cost one call between them, a walk that reaches blocks read before costs none, and nothing below
 * `floor` (the oldest record on screen: a record is never shared before it exists) is read. `links` gains what is
 * read.
 */
export async function walkShareBlocks(
  readLinks: (from: bigint, to: bigint) => Promise<ReadonlyMap<bigint, bigint>>,
  links: Map<bigint, bigint>,
  { latest, floor, maxRange }: { latest: bigint; floor: bigint; maxRange: bigint },
): Promise<bigint[]> {
  const blocks: bigint[] = [];
  let next = latest;
  while (next !== 0n && next >= floor) {
    if (!links.has(next)) {
      const from = [floor, next - maxRange + 1n, highestBelow(links, next) + 1n].reduce((a, b) =>
        a > b ? a : b,
      );
      for (const [block, previous] of await readLinks(from, next)) links.set(block, previous);
    }
    const previous = links.get(next);
    if (previous === undefined || previous >= next) throw new Error(`No share link in block ${next}`);
    blocks.push(next);
    next = previous;
  }
  return blocks;
}

function highestBelow(links: ReadonlyMap<bigint, bigint>, block: bigint): bigint {
  let highest = -1n;
  for (const known of links.keys()) if (known < block && known > highest) highest = known;
  return highest;
}
