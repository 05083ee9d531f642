import { type Address, erc20Abi, parseEther, parseSignature, parseUnits, stringToHex } from "viem";
import { servicePaymentsAbi } from "../../app/contracts/generated/servicePayments";
import { testStablecoinAbi } from "../../app/contracts/generated/testStablecoin";
import { ETH } from "../../app/contracts/limits";
import { permitTypedData } from "../../app/payments/permit";
import { addressOf } from "../../contracts/script/lib/personas";
import type { Call, ChainWriter } from "../../contracts/script/lib/writer";
import type { GasMeter, GasRow } from "../lib/gasMeter";

/**
 * On the seeded chain (the billing office has invoiced Carol and Dev before): the billing office issues, a patient
 * pays (ETH; tUSD with a permit; tUSD approved first), the office refunds and withdraws.
 */
export async function paymentGas(
  measure: GasMeter,
  writer: ChainWriter,
  payments: Address,
  stablecoin: Address,
) {
  const call = (functionName: string, args: readonly unknown[], value?: bigint) =>
    ({ address: payments, abi: servicePaymentsAbi, functionName, args, value }) as Call;
  const due = BigInt(Math.floor(Date.now() / 1000) + 30 * 86_400);
  const code = stringToHex("CPT-99213", { size: 32 });
  const rows: GasRow[] = [];
  const latest = () =>
    writer.publicClient.readContract({
      address: payments,
      abi: servicePaymentsAbi,
      functionName: "invoiceCount",
    });

  rows.push(
    await measure(
      "createInvoice (a patient's first)",
      "billing",
      call("createInvoice", [
        addressOf("noor"),
        ETH,
        parseEther("0.05"),
        due,
        code,
        "Outpatient consultation",
      ]),
    ),
  );
  rows.push(
    await measure(
      "createInvoice (the provider's and patient's next)",
      "billing",
      call("createInvoice", [
        addressOf("carol"),
        ETH,
        parseEther("0.05"),
        due,
        code,
        "Outpatient consultation",
      ]),
    ),
  );
  rows.push(await measure("pay (ETH)", "carol", call("payWithEth", [await latest()], parseEther("0.05"))));

  const amount = parseUnits("180", 6);
  await measure(
    "(setup)",
    "billing",
    call("createInvoice", [addressOf("carol"), stablecoin, amount, due, code, "Laboratory panel"]),
  );
  const usdInvoice = await latest();
  const [name, nonce, chainId] = await Promise.all([
    writer.publicClient.readContract({ address: stablecoin, abi: testStablecoinAbi, functionName: "name" }),
    writer.publicClient.readContract({
      address: stablecoin,
      abi: testStablecoinAbi,
      functionName: "nonces",
      args: [addressOf("carol")],
    }),
    writer.publicClient.getChainId(),
  ]);
  const signature = await writer.signTypedData(
    "carol",
    permitTypedData(
      { name, version: "1", chainId, verifyingContract: stablecoin },
      { owner: addressOf("carol"), spender: payments, value: amount, nonce, deadline: due },
    ),
  );
  const { v, r, s } = parseSignature(signature);
  rows.push(
    await measure(
      "pay (stablecoin with permit)",
      "carol",
      call("payWithPermit", [usdInvoice, due, Number(v), r, s]),
    ),
  );

  await measure(
    "(setup)",
    "billing",
    call("createInvoice", [addressOf("carol"), stablecoin, amount, due, code, "Laboratory panel"]),
  );
  const approvedInvoice = await latest();
  await measure("(setup)", "carol", {
    address: stablecoin,
    abi: erc20Abi,
    functionName: "approve",
    args: [payments, amount],
  } as Call);
  rows.push(
    await measure("pay (stablecoin, approved first)", "carol", call("payWithToken", [approvedInvoice])),
  );
  rows.push(
    await measure(
      "refund (part of a stablecoin invoice)",
      "billing",
      call("refund", [usdInvoice, parseUnits("30", 6), 0n]),
    ),
  );
  rows.push(await measure("withdraw (ETH)", "billing", call("withdrawTo", [ETH, addressOf("billing")])));
  rows.push(
    await measure("withdraw (stablecoin)", "billing", call("withdrawTo", [stablecoin, addressOf("billing")])),
  );
  return rows.filter((row) => row.operation !== "(setup)");
}
