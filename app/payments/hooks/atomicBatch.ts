import { type Address, encodeFunctionData } from "viem";
import type { Config } from "wagmi";
import { servicePaymentsAbi } from "../../contracts/generated/servicePayments";
import { loadWalletActions } from "../../tx/loadWalletActions";
import type { ApproveCall } from "./approval";

/**
 * Whether the wallet sends a batch of calls all-or-nothing on this chain (EIP-5792's `atomic` capability, as smart
 * accounts and EIP-7702 wallets report it): an approval and the payment it is for are then one confirmation. A
 * wallet that does not know `wallet_getCapabilities` simply does not.
 */
export async function walletSendsAtomicBatches(config: Config, account: Address, chainId: number) {
  const { getCapabilities } = await loadWalletActions();
  try {
    const { atomic } = await getCapabilities(config, { account, chainId });
    return atomic?.status === "supported" || atomic?.status === "ready";
  } catch {
    return false;
  }
}

/** The approval (with its reset to zero, for a token that needs one) and the payment, as one batch's calls. */
export const approveAndPayCalls = (
  approvals: readonly ApproveCall[],
  payments: Address,
  invoiceId: bigint,
) => [
  ...approvals.map((approval) => ({ to: approval.address, data: encodeFunctionData(approval) })),
  {
    to: payments,
    data: encodeFunctionData({ abi: servicePaymentsAbi, functionName: "payWithToken", args: [invoiceId] }),
  },
];
