import { useContractEvents } from "../../chain/useContractEvents";
import { servicePaymentsAbi } from "../../contracts/generated/servicePayments";

/** Every ServicePayments event: invoice details (codes, descriptions) live only there. */
export function usePaymentEvents() {
  return useContractEvents("ServicePayments", servicePaymentsAbi);
}
