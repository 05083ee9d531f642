import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { useChainSync } from "../contracts/useChainSync";
import { useResumePendingTransactions } from "../tx/useTransaction";
import { warmFormatters } from "../ui/format";

/**
 * What the app does behind every page, loaded after the first paint: the chain sync (one log read per new block,
 * refreshing what changed), following transactions sent before a reload, and making the number and date
 * formatters while the page's first reads are in flight.
 */
export default function BackgroundWork() {
  const { i18n } = useTranslation();
  useChainSync();
  useResumePendingTransactions();
  useEffect(() => warmFormatters(i18n.language), [i18n.language]);
  return null;
}
