import { useTranslation } from "react-i18next";
import { type Address, stringToHex } from "viem";
import { useAccount, useChainId, useConfig } from "wagmi";
import { readContract } from "wagmi/actions";
import { erc20Abi, erc2612Abi } from "../../chain/standardAbis";
import { contractAddress } from "../../contracts/deployments";
import { servicePaymentsAbi } from "../../contracts/generated/servicePayments";
import { INVOICE_STATUS } from "../../contracts/limits";
import { startActivity } from "../../tx/activity";
import { runOnce } from "../../tx/flowLock";
import { loadWalletActions } from "../../tx/loadWalletActions";
import { useContractAction } from "../../tx/useContractAction";
import { useTransaction } from "../../tx/useTransaction";
import { formatAmount } from "../../ui/amount";
import { shortAddress } from "../../ui/format";
import { type Currency, ETH, type InvoiceView } from "../model";
import { permitTypedData } from "../permit";
import { type ApproveCall, approveCalls, preflightApproveAndPay } from "./approval";
import { approveAndPayCalls, walletSendsAtomicBatches } from "./atomicBatch";

const PERMIT_LIFETIME_SECONDS = 20n * 60n;
const STILL_RUNNING = { ok: false as const, error: "" };

/** What a transaction on one invoice acts on: its row shows the transaction's progress. */
export const invoiceSubject = (invoice: { id: bigint }) => `invoice:${invoice.id}`;

/**
 * Every ServicePayments transaction. A token invoice is paid with one EIP-2612 signature and one transaction when
 * the token has permit (under the token's own EIP-712 domain), else with an approval first, then the payment: one
 * flow per invoice, checked whole (approval and payment simulated together) before the wallet is asked anything.
 * A wallet that sends batches all-or-nothing (EIP-5792) gets the approval and the payment as one batch: one
 * confirmation.
 */
export function usePaymentActions() {
  const { t, i18n } = useTranslation();
  const config = useConfig();
  const chainId = useChainId();
  const { address: me } = useAccount();
  const payments = contractAddress(chainId, "ServicePayments");
  const { send, busy } = useContractAction("ServicePayments");
  const approval = useTransaction();
  const money = (value: bigint, currency: Currency) =>
    formatAmount(value, currency.decimals, currency.symbol, i18n.language);

  const signPermit = async (invoice: InvoiceView, currency: Currency) => {
    if (!me || !payments || currency.payment.kind !== "permit") throw new Error(t("errors.notConnected"));
    const token = invoice.currency;
    const nonce = await readContract(config, {
      address: token,
      abi: erc2612Abi,
      functionName: "nonces",
      args: [me],
    });
    const deadline = BigInt(Math.floor(Date.now() / 1000)) + PERMIT_LIFETIME_SECONDS;
    const { signTypedData, parseSignature } = await loadWalletActions();
    const signature = await signTypedData(
      config,
      permitTypedData(currency.payment.domain, {
        owner: me,
        spender: payments,
        value: invoice.amount,
        nonce,
        deadline,
      }),
    );
    const { v, r, s } = parseSignature(signature);
    return { deadline, v: Number(v), r, s };
  };

  const allowanceOf = (currency: Currency) => {
    if (!me || !payments) throw new Error(t("errors.notConnected"));
    return readContract(config, {
      address: currency.address,
      abi: erc20Abi,
      functionName: "allowance",
      args: [me, payments],
    });
  };

  /**
   * The approval and the payment in one batch the wallet sends all-or-nothing, when the payment needs an approval
   * and the wallet can (EIP-5792); undefined otherwise, for the two-step path. Checked whole before it is sent.
   */
  const payInOneBatch = async (invoice: InvoiceView, currency: Currency) => {
    if (!me || !payments) throw new Error(t("errors.notConnected"));
    // The wallet is asked first: a wallet without batches then reads the allowance once, in the two-step flow.
    if (!(await walletSendsAtomicBatches(config, me, chainId))) return undefined;
    const allowance = await allowanceOf(currency);
    if (allowance >= invoice.amount) return undefined;
    const text = t("payments.tx.approveAndPay", {
      id: invoice.id.toString(),
      amount: money(invoice.amount, currency),
    });
    return approval.run({ text, subject: invoiceSubject(invoice) }, "ServicePayments", async () => {
      const token = { account: me, token: currency.address, spender: payments };
      const approvals = await approveCalls(config, token, invoice.amount, allowance);
      await preflightApproveAndPay(config, me, approvals, { payments, invoiceId: invoice.id });
      const { sendCalls } = await loadWalletActions();
      const calls = approveAndPayCalls(approvals, payments, invoice.id);
      const { id } = await sendCalls(config, { account: me, chainId, calls, forceAtomic: true });
      return { callsId: id };
    });
  };

  /**
   * Lets the payments contract take `amount` of `currency` from the wallet, unless it already may (then nothing is
   * sent, and that is no failure). `then`: the invoice this approval pays, checked with it before anything is sent.
   */
  const approve = async (
    currency: Currency,
    amount: bigint,
    purpose: string,
    invoice: InvoiceView,
    then?: "payWithToken",
  ) => {
    if (!me || !payments) throw new Error(t("errors.notConnected"));
    const allowance = await allowanceOf(currency);
    if (allowance >= amount) return { ok: true as const };
    const text = t("payments.tx.approve", { amount: money(amount, currency), purpose });
    return approval.run({ text, subject: invoiceSubject(invoice) }, "ServicePayments", async () => {
      const calls = await approveCalls(
        config,
        { account: me, token: currency.address, spender: payments },
        amount,
        allowance,
      );
      if (then) await preflightApproveAndPay(config, me, calls, { payments, invoiceId: invoice.id });
      const { writeContract, waitForTransactionReceipt } = await loadWalletActions();
      const write = (call: ApproveCall) => writeContract(config, call as never);
      // A token that refuses to change a non-zero allowance (USDT) is set to zero first, in its own transaction.
      for (const reset of calls.slice(0, -1)) {
        await waitForTransactionReceipt(config, { hash: await write(reset) });
      }
      return write(calls[calls.length - 1] as ApproveCall);
    });
  };

  /**
   * An invoice paid meanwhile (from another tab, by a relative, by this wallet's earlier click) is done, not
   * failed: said as such, and nothing is sent. Checked before paying, and again after an approval.
   */
  const paidAlready = async (invoice: InvoiceView) => {
    if (!payments) return false;
    const now = await readContract(config, {
      address: payments,
      abi: servicePaymentsAbi,
      functionName: "getInvoice",
      args: [invoice.id],
    });
    if (INVOICE_STATUS[now.invoice.status] !== "paid") return false;
    startActivity({
      action: t("payments.tx.alreadyPaid", { id: invoice.id.toString() }),
      subject: invoiceSubject(invoice),
      phase: "confirmed",
    });
    return true;
  };

  /** One flow per invoice: a second click while it runs (between approval and payment too) does nothing. */
  const pay = (invoice: InvoiceView, currency: Currency) =>
    runOnce(invoiceSubject(invoice), () => payOnce(invoice, currency), STILL_RUNNING);

  const payOnce = async (invoice: InvoiceView, currency: Currency) => {
    if (await paidAlready(invoice)) return { ok: true as const };
    const action = {
      text: t("payments.tx.pay", { id: invoice.id.toString(), amount: money(invoice.amount, currency) }),
      subject: invoiceSubject(invoice),
    };
    if (currency.address === ETH) return send(action, "payWithEth", [invoice.id], invoice.amount);
    if (currency.payment.kind === "permit") {
      return send(action, "payWithPermit", async () => {
        const { deadline, v, r, s } = await signPermit(invoice, currency);
        return [invoice.id, deadline, v, r, s] as const;
      });
    }
    const batched = await payInOneBatch(invoice, currency);
    if (batched) return batched;
    const approved = await approve(
      currency,
      invoice.amount,
      t("payments.tx.forInvoice", { id: invoice.id.toString() }),
      invoice,
      "payWithToken",
    );
    if (!approved.ok) return approved;
    if (await paidAlready(invoice)) return { ok: true as const };
    return send(action, "payWithToken", [invoice.id]);
  };

  /** Refunds from the provider's credit; what the credit lacks comes from the provider's wallet in the same call. */
  const refund = async (invoice: InvoiceView, currency: Currency, amount: bigint, credit: bigint) => {
    const topUp = amount > credit ? amount - credit : 0n;
    const action = {
      text: t("payments.tx.refund", { id: invoice.id.toString(), amount: money(amount, currency) }),
      subject: invoiceSubject(invoice),
    };
    if (currency.address === ETH) return send(action, "refund", [invoice.id, amount, topUp], topUp);
    if (topUp > 0n) {
      const approved = await approve(
        currency,
        topUp,
        t("payments.tx.forRefund", { id: invoice.id.toString() }),
        invoice,
      );
      if (!approved.ok) return approved;
    }
    return send(action, "refund", [invoice.id, amount, topUp]);
  };

  return {
    busy: busy || approval.busy,
    createInvoice: (
      patient: Address,
      currency: Currency,
      amount: bigint,
      dueDate: bigint,
      code: string,
      description: string,
    ) =>
      send(
        t("payments.tx.create", { amount: money(amount, currency), patient: shortAddress(patient) }),
        "createInvoice",
        [patient, currency.address, amount, dueDate, stringToHex(code, { size: 32 }), description],
      ),
    pay,
    cancel: (invoice: InvoiceView) =>
      send(
        { text: t("payments.tx.cancel", { id: invoice.id.toString() }), subject: invoiceSubject(invoice) },
        "cancelInvoice",
        [invoice.id],
      ),
    refund,
    /** To the connected wallet, or to another address of the provider's (a token may blocklist the wallet). */
    withdraw: (currency: Currency, amount: bigint, to?: Address) =>
      send(
        to && to !== me
          ? t("payments.tx.withdrawTo", { amount: money(amount, currency), to: shortAddress(to) })
          : t("payments.tx.withdraw", { amount: money(amount, currency) }),
        "withdrawTo",
        async () => {
          if (!me) throw new Error(t("errors.notConnected"));
          return [currency.address, to ?? me] as const;
        },
      ),
    pause: () => send(t("payments.tx.pause"), "pause", []),
    unpause: () => send(t("payments.tx.unpause"), "unpause", []),
  };
}
