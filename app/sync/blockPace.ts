import { rpcProfileOf } from "../chain/chains";

/** A head the poll saw: its number and its block's timestamp (seconds, as the chain keeps it). */
export type Sighting = { number: bigint; timestamp: bigint };

/** Sightings of new heads kept per chain: enough to tell a steady pace from blocks made on demand. */
const KEPT = 5;
/** How far apart the paces between sightings may be and still count as one steady pace. */
const SPREAD = 1.25;
const FASTEST_POLL_MS = 250;

/**
 * The chain's block time in ms, when the sightings show a steady one: every step between consecutive sightings
 * took about as long per block (from the blocks' own timestamps, so the poll's own timing does not enter). A chain
 * that mines on demand (anvil's default, a test chain) shows no steady pace: undefined.
 */
export function steadyBlockTimeMs(sightings: readonly Sighting[]): number | undefined {
  if (sightings.length < KEPT) return undefined;
  const paces: number[] = [];
  for (const [i, sighting] of sightings.entries()) {
    const before = sightings[i - 1];
    if (!before) continue;
    const blocks = sighting.number - before.number;
    if (blocks <= 0n) return undefined;
    paces.push((Number(sighting.timestamp - before.timestamp) * 1_000) / Number(blocks));
  }
  const slowest = Math.max(...paces);
  const fastest = Math.min(...paces);
  if (fastest <= 0 || slowest > fastest * SPREAD) return undefined;
  const first = sightings[0] as Sighting;
  const last = sightings.at(-1) as Sighting;
  return (Number(last.timestamp - first.timestamp) * 1_000) / Number(last.number - first.number);
}

const sightings = new Map<number, Sighting[]>();

/** Notes the head a poll saw; a head that went back (a reorganisation, a test chain reverted) starts over. */
export function sightHead(chainId: number, sighting: Sighting) {
  const kept = sightings.get(chainId) ?? [];
  const last = kept.at(-1);
  if (last && sighting.number === last.number) return;
  const next = last && sighting.number < last.number ? [sighting] : [...kept, sighting].slice(-KEPT);
  sightings.set(chainId, next);
}

/** Whether the chain is seen making blocks at a steady pace: then nearly every poll finds a new one. */
export function keepsSteadyPace(chainId: number): boolean {
  return steadyBlockTimeMs(sightings.get(chainId) ?? []) !== undefined;
}

/**
 * How often to ask for the head: at the pace the chain is seen to keep, else at the one its profile states. Polled
 * at exactly the block time, a poll and a block drift in and out of step and some blocks are asked about twice;
 * a twentieth slower, a poll now and then finds two blocks instead, and a tab never sends more than one request a
 * block.
 */
export function headPollMs(chainId: number): number {
  const measured = steadyBlockTimeMs(sightings.get(chainId) ?? []);
  const blockTimeMs = measured ?? rpcProfileOf(chainId).blockTimeMs;
  return Math.max(FASTEST_POLL_MS, Math.round(blockTimeMs * 1.05));
}

/** Forgets every sighting (tests). */
export function forgetSightings() {
  sightings.clear();
}
