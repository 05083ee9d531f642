import {
  type Address,
  createPublicClient,
  createWalletClient,
  http,
  parseEther,
  parseSignature,
  parseUnits,
  stringToHex,
} from "viem";
import { servicePaymentsAbi } from "../../app/contracts/generated/servicePayments";
import { testStablecoinAbi } from "../../app/contracts/generated/testStablecoin";
import { PERMIT_TYPES } from "../../app/payments/permit";
import type { GasMeter, GasRow } from "../lib/gasMeter";

const ETH = "0x0000000000000000000000000000000000000000";

/** On the seeded chain: the billing office issues, a patient pays (ETH, and tUSD with a permit), refunds, withdraws. */
export async function paymentGas(
  measure: GasMeter,
  rpcUrl: string,
  contracts: { payments: Address; stablecoin: Address },
  accounts: { billing: Address; patient: Address },
) {
  const { payments, stablecoin } = contracts;
  const { billing, patient } = accounts;
  const client = createPublicClient({ transport: http(rpcUrl) });
  const call = (functionName: string, args: readonly unknown[], value?: bigint) => ({
    address: payments,
    abi: servicePaymentsAbi,
    functionName,
    args,
    value,
  });
  const due = BigInt(Math.floor(Date.now() / 1000) + 30 * 86_400);
  const code = stringToHex("CPT-99213", { size: 32 });
  const rows: GasRow[] = [];

  rows.push(
    await measure(
      "createInvoice",
      billing,
      call("createInvoice", [patient, ETH, parseEther("0.05"), due, code, "Outpatient consultation"]),
    ),
  );
  const ethInvoice = await client.readContract({
    address: payments,
    abi: servicePaymentsAbi,
    functionName: "invoiceCount",
  });
  rows.push(await measure("pay (ETH)", patient, call("payWithEth", [ethInvoice], parseEther("0.05"))));

  const amount = parseUnits("180", 6);
  await measure(
    "(setup)",
    billing,
    call("createInvoice", [patient, stablecoin, amount, due, code, "Laboratory panel"]),
  );
  const usdInvoice = ethInvoice + 1n;
  const deadline = due;
  const nonce = await client.readContract({
    address: stablecoin,
    abi: testStablecoinAbi,
    functionName: "nonces",
    args: [patient],
  });
  const name = await client.readContract({
    address: stablecoin,
    abi: testStablecoinAbi,
    functionName: "name",
  });
  const signature = await createWalletClient({ account: patient, transport: http(rpcUrl) }).signTypedData({
    domain: { name, version: "1", chainId: await client.getChainId(), verifyingContract: stablecoin },
    types: PERMIT_TYPES,
    primaryType: "Permit",
    message: { owner: patient, spender: payments, value: amount, nonce, deadline },
  });
  const { v, r, s } = parseSignature(signature);
  rows.push(
    await measure(
      "pay (stablecoin with permit)",
      patient,
      call("payWithPermit", [usdInvoice, deadline, Number(v), r, s]),
    ),
  );
  rows.push(
    await measure(
      "refund (part of a stablecoin invoice)",
      billing,
      call("refund", [usdInvoice, parseUnits("30", 6)]),
    ),
  );
  rows.push(await measure("withdraw (ETH)", billing, call("withdraw", [ETH])));
  rows.push(await measure("withdraw (stablecoin)", billing, call("withdraw", [stablecoin])));
  return rows.filter((row) => row.operation !== "(setup)");
}
