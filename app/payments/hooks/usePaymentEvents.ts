import { useQuery } from "@tanstack/react-query";
import { useChainId, usePublicClient } from "wagmi";
import { deployments } from "../../chain/deployments";
import { fetchContractEvents } from "../../chain/fetchLogs";
import { servicePaymentsAbi } from "../../contracts/generated";

/** Every ServicePayments event since deployment: invoice details (codes, descriptions) live only there. */
export function usePaymentEvents() {
  const chainId = useChainId();
  const client = usePublicClient({ chainId });
  const deployed = deployments.get(chainId)?.contracts.ServicePayments;
  return useQuery({
    queryKey: ["paymentEvents", chainId, deployed?.address],
    enabled: client !== undefined && deployed !== undefined,
    refetchInterval: 5_000,
    queryFn: () => {
      if (!client || !deployed) throw new Error("ServicePayments is not deployed on this chain");
      return fetchContractEvents(client, {
        address: deployed.address,
        abi: servicePaymentsAbi,
        fromBlock: BigInt(deployed.blockNumber),
      });
    },
  });
}
