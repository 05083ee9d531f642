import { useMemo } from "react";
import type { Address } from "viem";
import { useChainId, useReadContract } from "wagmi";
import { contractAddress } from "../../chain/deployments";
import { servicePaymentsAbi } from "../../contracts/generated/servicePayments";
import { toInvoices } from "../invoices";
import { usePaymentEvents } from "./usePaymentEvents";

/**
 * The invoices that concern `account` (as patient or as provider), or every invoice when `account` is omitted:
 * ids and details from the events, current state from one getInvoices call.
 */
export function useInvoices(account?: Address) {
  const chainId = useChainId();
  const address = contractAddress(chainId, "ServicePayments");
  const events = usePaymentEvents();
  const ids = useMemo(
    () =>
      (events.data ?? [])
        .filter((event) => event.eventName === "InvoiceIssued")
        .filter((event) => {
          const args = event.args as { provider: Address; patient: Address };
          return account === undefined || args.provider === account || args.patient === account;
        })
        .map((event) => (event.args as { invoiceId: bigint }).invoiceId),
    [events.data, account],
  );
  const stored = useReadContract({
    chainId,
    address,
    abi: servicePaymentsAbi,
    functionName: "getInvoices",
    args: [ids],
    query: { enabled: address !== undefined && events.data !== undefined, refetchInterval: 5_000 },
  });
  const data = useMemo(() => {
    if (!stored.data || !events.data) return undefined;
    return toInvoices(events.data, stored.data, ids, Math.floor(Date.now() / 1000)).reverse();
  }, [stored.data, events.data, ids]);
  return { data, isLoading: events.isLoading || stored.isLoading };
}
