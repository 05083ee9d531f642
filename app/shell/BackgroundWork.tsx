import { useChainSync } from "../sync/useChainSync";
import { useResumePendingTransactions } from "../tx/useTransaction";

/**
 * What the app does behind every page, loaded after the first paint: the chain sync (one log read per new block,
 * refreshing what changed) and following transactions sent before a reload.
 */
export default function BackgroundWork() {
  useChainSync();
  useResumePendingTransactions();
  return null;
}
