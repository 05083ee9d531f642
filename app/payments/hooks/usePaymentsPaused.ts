import { useContractRead } from "../../sync/reads/useContractRead";

/** Whether administrators have paused payments and refunds. */
export function usePaymentsPaused(): boolean | undefined {
  return useContractRead("ServicePayments", "paused", []).data;
}
