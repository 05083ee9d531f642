import { useContractEvents } from "../../chain/useContractEvents";
import { servicePaymentsAbi } from "../../contracts/generated";

/** Every ServicePayments event: invoice details (codes, descriptions) live only there. */
export function usePaymentEvents() {
  return useContractEvents("ServicePayments", servicePaymentsAbi);
}
