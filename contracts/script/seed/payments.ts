import { type Address, erc20Abi, parseEther, parseUnits, stringToHex } from "viem";
import { servicePaymentsAbi } from "../../../app/contracts/generated/servicePayments";
import { testTokenAbi } from "../../../app/contracts/generated/testToken";
import { ETH } from "../../../app/contracts/limits";
import { addressOf, type PersonaKey } from "../lib/personas";
import type { ChainWriter } from "../lib/writer";

const DAY = 86_400n;
const PATIENTS = ["carol", "dev", "erin"] as const;

/**
 * Test money for every demo patient in each local token (5,000 of each), and a few invoices: two open ones for
 * Carol (ETH and tUSD), one that Dev has paid (approved, then paid), and an open ETH invoice from Dr. Chen to Erin.
 */
export async function seedPayments(writer: ChainWriter, payments: Address) {
  const { send, publicClient } = writer;
  const tokens = await publicClient.readContract({
    address: payments,
    abi: servicePaymentsAbi,
    functionName: "allowedTokens",
  });
  const bySymbol = new Map<string, { address: Address; decimals: number }>();
  for (const address of tokens) {
    const [symbol, decimals] = await Promise.all([
      publicClient.readContract({ address, abi: erc20Abi, functionName: "symbol" }),
      publicClient.readContract({ address, abi: erc20Abi, functionName: "decimals" }),
    ]);
    bySymbol.set(symbol, { address, decimals });
    for (const patient of PATIENTS) {
      // TestStablecoin and TestToken share mint(to, amount), owner only: Ada deployed them.
      await send("ada", {
        address,
        abi: testTokenAbi,
        functionName: "mint",
        args: [addressOf(patient), parseUnits("5000", decimals)],
      });
    }
  }
  const usd = bySymbol.get("tUSD");
  if (!usd) throw new Error("The local deployment has no tUSD");
  const due = (days: bigint) => BigInt(Math.floor(Date.now() / 1000)) + days * DAY;
  const invoice = (
    from: PersonaKey,
    patient: PersonaKey,
    currency: Address,
    amount: bigint,
    days: bigint,
    code: string,
    description: string,
  ) =>
    send(from, {
      address: payments,
      abi: servicePaymentsAbi,
      functionName: "createInvoice",
      args: [addressOf(patient), currency, amount, due(days), stringToHex(code, { size: 32 }), description],
    });

  await invoice("billing", "carol", ETH, parseEther("0.05"), 14n, "CPT-99213", "Outpatient consultation");
  await invoice("billing", "carol", usd.address, parseUnits("180", 6), 30n, "CPT-80053", "Laboratory panel");
  await invoice(
    "billing",
    "dev",
    usd.address,
    parseUnits("95.50", 6),
    30n,
    "CPT-71046",
    "Imaging, two views",
  );
  await send("dev", {
    address: usd.address,
    abi: erc20Abi,
    functionName: "approve",
    args: [payments, parseUnits("95.50", 6)],
  });
  await send("dev", { address: payments, abi: servicePaymentsAbi, functionName: "payWithToken", args: [3n] });
  await invoice("alice", "erin", ETH, parseEther("0.02"), 7n, "CPT-99214", "Follow-up visit");
}
