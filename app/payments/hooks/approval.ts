import type { Address } from "viem";
import type { Config } from "wagmi";
import { getClient } from "wagmi/actions";
import { tolerantApproveAbi } from "../../chain/standardAbis";
import { servicePaymentsAbi } from "../../contracts/generated/servicePayments";
import { loadWalletActions } from "../../tx/loadWalletActions";

type Approval = { account: Address; token: Address; spender: Address };
export type ApproveCall = ReturnType<typeof approveCall>;

const approveCall = ({ account, token, spender }: Approval, value: bigint) => ({
  account,
  address: token,
  abi: tolerantApproveAbi,
  functionName: "approve" as const,
  args: [spender, value] as const,
});

/**
 * The approve transactions to send, each simulated: one, or for a token that refuses to change a non-zero
 * allowance to another (USDT's guard against the approve race), a reset to zero first.
 */
export async function approveCalls(
  config: Config,
  approval: Approval,
  amount: bigint,
  current: bigint,
): Promise<ApproveCall[]> {
  const { simulateContract } = await loadWalletActions();
  const simulate = (call: ApproveCall) => simulateContract(config, call as never);
  try {
    await simulate(approveCall(approval, amount));
    return [approveCall(approval, amount)];
  } catch (error) {
    if (current === 0n) throw error;
    await simulate(approveCall(approval, 0n));
    return [approveCall(approval, 0n), approveCall(approval, amount)];
  }
}

/**
 * The approval and the payment it is for, simulated together (eth_simulateV1) before either is sent: a payment that
 * would fail (a token that delivers less than sent, an invoice paid or cancelled meanwhile) is refused in words
 * with no approval left behind. A node without eth_simulateV1 skips this check; each transaction is still
 * simulated on its own before it is signed.
 */
export async function preflightApproveAndPay(
  config: Config,
  account: Address,
  approvals: readonly ApproveCall[],
  { payments, invoiceId }: { payments: Address; invoiceId: bigint },
) {
  const client = getClient(config);
  if (!client) return;
  const { simulateCalls } = await loadWalletActions();
  let outcome: { results: readonly { status: string; error?: Error }[] };
  try {
    outcome = await simulateCalls(client, {
      account,
      calls: [
        ...approvals.map((approval) => ({
          to: approval.address,
          abi: tolerantApproveAbi,
          functionName: "approve" as const,
          args: approval.args,
        })),
        { to: payments, abi: servicePaymentsAbi, functionName: "payWithToken" as const, args: [invoiceId] },
      ],
    });
  } catch {
    return;
  }
  const failed = outcome.results.find((result) => result.status === "failure");
  if (failed?.error) throw failed.error;
}
