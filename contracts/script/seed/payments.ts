import { type Address, parseEther, parseUnits, stringToHex } from "viem";
import { servicePaymentsAbi } from "../../../app/contracts/generated/servicePayments";
import { testStablecoinAbi } from "../../../app/contracts/generated/testStablecoin";
import type { ChainWriter } from "./chainWriter";

const ADMIN = 0;
const DOCTOR_ALICE = 1;
const PATIENTS = [3, 4, 5] as const;
const BILLING = 6;
const DAY = 86_400n;

/**
 * Test dollars for every demo patient, and a few invoices: two open ones for Carol (ETH and tUSD), one that Dev
 * has paid, and an open ETH invoice from Dr. Chen to Erin.
 */
export async function seedPayments(
  { write, accountAt }: ChainWriter,
  payments: Address,
  stablecoin: Address,
) {
  const usd = (amount: string) => parseUnits(amount, 6);
  const due = (days: bigint) => BigInt(Math.floor(Date.now() / 1000)) + days * DAY;
  const invoice = (
    from: number,
    patient: number,
    currency: Address,
    amount: bigint,
    days: bigint,
    code: string,
    description: string,
  ) =>
    write(from, {
      address: payments,
      abi: servicePaymentsAbi,
      functionName: "createInvoice",
      args: [accountAt(patient), currency, amount, due(days), stringToHex(code, { size: 32 }), description],
    });
  const eth = "0x0000000000000000000000000000000000000000";

  for (const patient of PATIENTS) {
    await write(ADMIN, {
      address: stablecoin,
      abi: testStablecoinAbi,
      functionName: "mint",
      args: [accountAt(patient), usd("5000")],
    });
  }
  await invoice(BILLING, 3, eth, parseEther("0.05"), 14n, "CPT-99213", "Outpatient consultation");
  await invoice(BILLING, 3, stablecoin, usd("180"), 30n, "CPT-80053", "Laboratory panel");
  await invoice(BILLING, 4, stablecoin, usd("95.50"), 30n, "CPT-71046", "Imaging, two views");
  await write(4, {
    address: stablecoin,
    abi: testStablecoinAbi,
    functionName: "approve",
    args: [payments, usd("95.50")],
  });
  await write(4, { address: payments, abi: servicePaymentsAbi, functionName: "payWithToken", args: [3n] });
  await invoice(DOCTOR_ALICE, 5, eth, parseEther("0.02"), 7n, "CPT-99214", "Follow-up visit");
}
