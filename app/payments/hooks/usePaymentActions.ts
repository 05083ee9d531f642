import { useTranslation } from "react-i18next";
import { type Address, parseSignature, stringToHex } from "viem";
import { useAccount, useChainId, useConfig } from "wagmi";
import { readContract, signTypedData } from "wagmi/actions";
import { contractAddress } from "../../chain/deployments";
import { servicePaymentsAbi } from "../../contracts/generated/servicePayments";
import { testStablecoinAbi } from "../../contracts/generated/testStablecoin";
import { useContractAction } from "../../tx/useContractAction";
import { formatAmount } from "../../ui/amount";
import { shortAddress } from "../../ui/format";
import { type Currency, ETH, type InvoiceView } from "../model";
import { PERMIT_TYPES } from "../permit";

const PERMIT_LIFETIME_SECONDS = 20n * 60n;

/** Every ServicePayments transaction. Paying a token invoice asks for one EIP-2612 signature, then one transaction. */
export function usePaymentActions() {
  const { t, i18n } = useTranslation();
  const config = useConfig();
  const chainId = useChainId();
  const { address: me } = useAccount();
  const payments = contractAddress(chainId, "ServicePayments");
  const { send, busy } = useContractAction("ServicePayments", servicePaymentsAbi);
  const money = (value: bigint, currency: Currency) =>
    formatAmount(value, currency.decimals, currency.symbol, i18n.language);

  const signPermit = async (invoice: InvoiceView) => {
    if (!me || !payments) throw new Error(t("errors.notConnected"));
    const token = invoice.currency;
    // Any EIP-2612 token (the test stablecoin, USDC) answers name() and nonces(owner) as this ABI describes.
    const [name, nonce] = await Promise.all([
      readContract(config, { address: token, abi: testStablecoinAbi, functionName: "name" }),
      readContract(config, { address: token, abi: testStablecoinAbi, functionName: "nonces", args: [me] }),
    ]);
    const deadline = BigInt(Math.floor(Date.now() / 1000)) + PERMIT_LIFETIME_SECONDS;
    const signature = await signTypedData(config, {
      domain: { name, version: "1", chainId, verifyingContract: token },
      types: PERMIT_TYPES,
      primaryType: "Permit",
      message: { owner: me, spender: payments, value: invoice.amount, nonce, deadline },
    });
    const { v, r, s } = parseSignature(signature);
    return { deadline, v: Number(v), r, s };
  };

  return {
    busy,
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
    pay: (invoice: InvoiceView, currency: Currency) => {
      const action = t("payments.tx.pay", {
        id: invoice.id.toString(),
        amount: money(invoice.amount, currency),
      });
      if (currency.address === ETH) return send(action, "payWithEth", [invoice.id], invoice.amount);
      return send(action, "payWithPermit", async () => {
        const { deadline, v, r, s } = await signPermit(invoice);
        return [invoice.id, deadline, v, r, s] as const;
      });
    },
    cancel: (invoice: InvoiceView) =>
      send(t("payments.tx.cancel", { id: invoice.id.toString() }), "cancelInvoice", [invoice.id]),
    refund: (invoice: InvoiceView, currency: Currency, amount: bigint) =>
      send(
        t("payments.tx.refund", { id: invoice.id.toString(), amount: money(amount, currency) }),
        "refund",
        [invoice.id, amount],
      ),
    withdraw: (currency: Currency, amount: bigint) =>
      send(t("payments.tx.withdraw", { amount: money(amount, currency) }), "withdraw", [currency.address]),
  };
}
