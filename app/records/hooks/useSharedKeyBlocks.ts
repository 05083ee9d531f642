import { useEffect } from "react";
import type { Address } from "viem";
import { useContractPages } from "../../contracts/reads/useContractPages";

/** Share blocks asked per view call: one call covers nearly every patient–doctor pair. */
export const SHARE_BLOCKS_PER_PAGE = 100n;

/**
 * The blocks holding keys that `patient` shared with `reader`, newest first, down to `oldestShown` (the block of
 * the oldest record on screen): a record is never shared before the block it was added in, so older pages are
 * read only once older records are shown, and blocks older than that are left out.
 */
export function useSharedKeyBlocks(
  patient: Address | undefined,
  reader: Address | undefined,
  oldestShown: bigint | undefined,
) {
  const pages = useContractPages<"PatientRecords", "shareBlocksOf", bigint>(
    "PatientRecords",
    "shareBlocksOf",
    patient && reader && ((cursor) => [patient, reader, cursor as bigint, SHARE_BLOCKS_PER_PAGE]),
    { key: [patient, reader] },
  );
  const blocks = pages.items;
  const oldestRead = blocks?.at(-1);
  const needsOlder =
    oldestShown !== undefined && oldestRead !== undefined && oldestRead > oldestShown && pages.hasMore;
  const { loadMore, loadingMore } = pages;
  useEffect(() => {
    if (needsOlder && !loadingMore) void loadMore();
  }, [needsOlder, loadingMore, loadMore]);
  if (!blocks || oldestShown === undefined) return [];
  return blocks.filter((block) => block >= oldestShown);
}
