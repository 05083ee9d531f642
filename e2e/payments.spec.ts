import type { Page } from "@playwright/test";
import { type Abi, type Address, erc20Abi, type Hash, parseEther, parseUnits, stringToHex } from "viem";
import { careRolesAbi } from "../app/contracts/generated/careRoles";
import { servicePaymentsAbi } from "../app/contracts/generated/servicePayments";
import { testTokenAbi } from "../app/contracts/generated/testToken";
import { roleId } from "../app/contracts/roleIds";
import { creationCode, e2eDeployment, forgeArtifact } from "./fixtures/deployment";
import { issueInvoice } from "./fixtures/invoices";
import { deploySafe } from "./fixtures/safeAccount";
import { addressOf, chain, connectWallet, expect, test, walletOf } from "./fixtures/test";
import { TestWallet } from "./fixtures/testWallet";

// Seeded: invoice #1 (0.05 ETH) and #2 (180 tUSD) open for Carol; #3 (95.50 tUSD) paid by Dev (account 4).
const address = addressOf;
const contracts = () => {
  const { ServicePayments, TestStablecoin } = e2eDeployment().contracts;
  return {
    payments: ServicePayments?.address as `0x${string}`,
    usd: TestStablecoin?.address as `0x${string}`,
  };
};
const invoiceOnChain = (id: bigint) =>
  chain.readContract({
    address: contracts().payments,
    abi: servicePaymentsAbi,
    functionName: "getInvoice",
    args: [id],
  });
const waitFor = async (sent: Promise<Hash>) =>
  expect((await chain.waitForTransactionReceipt({ hash: await sent })).status).toBe("success");
const tomorrow = () => new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);

async function issue(page: Page, currency: string, amount: string, code: string, description: string) {
  const form = page.getByRole("form", { name: "Issue an invoice" });
  await form.getByLabel("Patient's address").fill(address("carol"));
  await form.getByLabel("Currency").selectOption({ label: currency });
  await form.getByLabel("Amount").fill(amount);
  await form.getByLabel("Due date").fill(tomorrow());
  await form.getByLabel("Service code").fill(code);
  await form.getByLabel("Description").fill(description);
  await form.getByRole("button", { name: "Issue invoice" }).click();
}

test("a provider issues an ETH and a stablecoin invoice and the patient pays both, the second with a permit", async ({
  actAs,
}) => {
  const billing = await actAs("billing", "/payments");
  await issue(billing, "ETH", "0.12", "CPT-99215", "Specialist consultation");
  await expect(billing.getByText(/^Confirmed: Invoice 0.12 ETH/)).toBeVisible();
  await issue(billing, "tUSD", "250.75", "CPT-80061", "Lipid panel");
  await expect(billing.getByText(/^Confirmed: Invoice 250.75 tUSD/)).toBeVisible();
  await expect(billing.getByTestId("issued-invoices").locator('[data-invoice="6"]')).toHaveAttribute(
    "data-status",
    "open",
  );

  const patient = await actAs("carol", "/payments");
  const mine = patient.getByTestId("my-invoices");
  await mine.locator('[data-invoice="5"]').getByRole("button", { name: "Pay 0.12 ETH" }).click();
  await expect(patient.getByText(/^Confirmed: Pay invoice #5/)).toBeVisible();
  await expect(mine.locator('[data-invoice="5"]')).toHaveAttribute("data-status", "paid");

  await expect(mine.locator('[data-invoice="6"]')).toContainText("Your balance: 5,000 tUSD");
  const blockBefore = await chain.getBlockNumber();
  await mine.locator('[data-invoice="6"]').getByRole("button", { name: "Sign and pay 250.75 tUSD" }).click();
  await expect(patient.getByText(/^Confirmed: Pay invoice #6/)).toBeVisible();
  await expect(mine.locator('[data-invoice="6"]')).toHaveAttribute("data-status", "paid");

  // One signature, one transaction: no separate approval.
  expect(await chain.getBlockNumber()).toBe(blockBefore + 1n);
  const { usd, payments } = contracts();
  expect(
    await chain.readContract({
      address: usd,
      abi: erc20Abi,
      functionName: "allowance",
      args: [address("carol"), payments],
    }),
  ).toBe(0n);
  expect((await invoiceOnChain(6n)).invoice.status).toBe(2);
  expect((await invoiceOnChain(5n)).settlement.payer).toBe(address("carol"));

  await mine.locator('[data-invoice="6"]').getByRole("link", { name: "Receipt" }).click();
  await expect(patient.getByTestId("receipt")).toContainText("Lipid panel (CPT-80061)");
  await expect(patient.getByTestId("receipt")).toContainText("250.75 tUSD");
  // The patient's own receipt says it was them, not only a hex string.
  await expect(patient.getByTestId("receipt")).toContainText("You, 0x90F7…b906");
});

test("an invoice paid meanwhile elsewhere is reported as paid when Pay is clicked, and nothing is sent", async ({
  actAs,
}) => {
  const patient = await actAs("carol", "/payments");
  const row = patient.getByTestId("my-invoices").locator('[data-invoice="1"]');
  const pay = row.getByRole("button", { name: "Pay 0.05 ETH" });
  await expect(pay).toBeVisible();
  // The page learns of new blocks' events through eth_getLogs: held back, it has not noticed the payment yet.
  await patient.route("**/*", async (route) => {
    if (route.request().postData()?.includes("eth_getLogs"))
      await new Promise((done) => setTimeout(done, 4_000));
    await route.fallback();
  });
  // Paid meanwhile from elsewhere (another tab, a relative), before this page noticed.
  const hash = await walletOf("carol").writeContract({
    address: contracts().payments,
    abi: servicePaymentsAbi,
    functionName: "payWithEth",
    args: [1n],
    value: parseEther("0.05"),
  });
  await chain.waitForTransactionReceipt({ hash });
  const blockBefore = await chain.getBlockNumber();
  await pay.click();
  await expect(patient.getByText("Confirmed: Invoice #1 is paid")).toBeVisible();
  await expect(patient.getByText(/^Failed/)).toHaveCount(0);
  expect(await chain.getBlockNumber()).toBe(blockBefore);
  await expect(row).toHaveAttribute("data-status", "paid", { timeout: 15_000 });
});

test("a balance too low to pay is said before anything is sent", async ({ actAs }) => {
  const hash = await walletOf("billing").writeContract({
    address: contracts().payments,
    abi: servicePaymentsAbi,
    functionName: "createInvoice",
    args: [
      address("carol"),
      contracts().usd,
      parseUnits("6000", 6),
      BigInt(Math.floor(Date.now() / 1000) + 86_400),
      stringToHex("CPT-33533", { size: 32 }),
      "Cardiac surgery",
    ],
  });
  await chain.waitForTransactionReceipt({ hash });
  const patient = await actAs("carol", "/payments");
  const blockBefore = await chain.getBlockNumber();
  const row = patient.getByTestId("my-invoices").locator('[data-invoice="5"]');
  await row.getByRole("button", { name: "Sign and pay 6,000 tUSD" }).click();
  await expect(row.getByRole("alert")).toHaveText(
    "Your balance of 5,000 tUSD is not enough to pay 6,000 tUSD.",
  );
  expect(await chain.getBlockNumber()).toBe(blockBefore);
});

test("the provider withdraws its takings, checked on chain", async ({ actAs }) => {
  const billing = await actAs("billing", "/payments");
  const { payments, usd } = contracts();
  const billingAddress = address("billing");
  expect(
    await chain.readContract({
      address: usd,
      abi: erc20Abi,
      functionName: "balanceOf",
      args: [billingAddress],
    }),
  ).toBe(0n);
  await billing.getByTestId("credits").getByRole("button", { name: "Withdraw 95.5 tUSD" }).click();
  await expect(billing.getByText(/^Confirmed: Withdraw 95.5 tUSD/)).toBeVisible();
  expect(
    await chain.readContract({
      address: usd,
      abi: erc20Abi,
      functionName: "balanceOf",
      args: [billingAddress],
    }),
  ).toBe(95_500_000n);
  expect(
    await chain.readContract({
      address: payments,
      abi: servicePaymentsAbi,
      functionName: "creditOf",
      args: [billingAddress, usd],
    }),
  ).toBe(0n);
  await expect(billing.getByText("Nothing to withdraw.")).toBeVisible();
});

test("a refund shows on the patient's side, ready to withdraw", async ({ actAs }) => {
  const billing = await actAs("billing", "/payments");
  const issued = billing.getByTestId("issued-invoices").locator('[data-invoice="3"]');
  await issued.getByRole("button", { name: "Refund" }).click();
  await issued.getByLabel(/Refund amount/).fill("20");
  await issued.getByRole("button", { name: "Refund" }).click();
  await expect(billing.getByText(/^Confirmed: Refund 20 tUSD on invoice #3/)).toBeVisible();

  const patient = await actAs("dev", "/payments");
  const row = patient.getByTestId("my-invoices").locator('[data-invoice="3"]');
  await expect(row).toHaveAttribute("data-status", "partlyRefunded");
  await expect(row).toContainText("20 tUSD refunded");
  await patient.getByTestId("credits").getByRole("button", { name: "Withdraw 20 tUSD" }).click();
  await expect(patient.getByText(/^Confirmed: Withdraw 20 tUSD/)).toBeVisible();
  expect((await invoiceOnChain(3n)).settlement.refunded).toBe(20_000_000n);
});

test("a USD Coin-like token (permit version 2) is paid with one signature; a token without permit by approve, then pay", async ({
  actAs,
}) => {
  const billing = await actAs("billing", "/payments");
  await issue(billing, "tUSDC", "12.5", "CPT-99212", "Short visit");
  await expect(billing.getByText(/^Confirmed: Invoice 12.5 tUSDC/)).toBeVisible();
  await issue(billing, "tEUR", "40", "CPT-97110", "Physiotherapy session");
  await expect(billing.getByText(/^Confirmed: Invoice 40 tEUR/)).toBeVisible();

  const patient = await actAs("carol", "/payments");
  const mine = patient.getByTestId("my-invoices");
  let blockBefore = await chain.getBlockNumber();
  await mine.locator('[data-invoice="5"]').getByRole("button", { name: "Sign and pay 12.5 tUSDC" }).click();
  await expect(patient.getByText(/^Confirmed: Pay invoice #5/)).toBeVisible();
  await expect(mine.locator('[data-invoice="5"]')).toHaveAttribute("data-status", "paid");
  expect(await chain.getBlockNumber()).toBe(blockBefore + 1n);

  blockBefore = await chain.getBlockNumber();
  await mine.locator('[data-invoice="6"]').getByRole("button", { name: "Approve and pay 40 tEUR" }).click();
  await expect(patient.getByText(/^Confirmed: Pay invoice #6/)).toBeVisible();
  await expect(mine.locator('[data-invoice="6"]')).toHaveAttribute("data-status", "paid");
  // Two transactions: the exact approval, then the payment that uses it up.
  expect(await chain.getBlockNumber()).toBe(blockBefore + 2n);
  expect((await invoiceOnChain(6n)).invoice.status).toBe(2);
});

test("a token accepted after the deploy is offered, described from the token itself, and paid", async ({
  actAs,
}) => {
  // Not in the deployment record: its symbol and decimals (2) can only come from the token.
  const ada = walletOf("ada");
  const deployed = await ada.deployContract({
    abi: testTokenAbi,
    bytecode: creationCode("TestToken"),
    args: [address("ada"), "CareChain Test Pound", "tGBP", 2],
  });
  const token = (await chain.waitForTransactionReceipt({ hash: deployed })).contractAddress as `0x${string}`;
  const minted = await ada.writeContract({
    address: token,
    abi: testTokenAbi,
    functionName: "mint",
    args: [address("carol"), 10_000n],
  });
  await chain.waitForTransactionReceipt({ hash: minted });
  const accepted = await ada.writeContract({
    address: contracts().payments,
    abi: servicePaymentsAbi,
    functionName: "setCurrencyAllowed",
    args: [token, true],
  });
  await chain.waitForTransactionReceipt({ hash: accepted });

  const billing = await actAs("billing", "/payments");
  await issue(billing, "tGBP", "7.25", "CPT-99213", "Follow-up visit");
  await expect(billing.getByText(/^Confirmed: Invoice 7.25 tGBP/)).toBeVisible();

  const patient = await actAs("carol", "/payments");
  const row = patient.getByTestId("my-invoices").locator('[data-invoice="5"]');
  await row.getByRole("button", { name: "Approve and pay 7.25 tGBP" }).click();
  await expect(patient.getByText(/^Confirmed: Pay invoice #5/)).toBeVisible();
  await expect(row).toHaveAttribute("data-status", "paid");
  const balance = await chain.readContract({
    address: token,
    abi: erc20Abi,
    functionName: "balanceOf",
    args: [address("carol")],
  });
  expect(balance).toBe(10_000n - 725n);
});

test("a provider who lost the role cannot collect, and an administrator cancels the invoice", async ({
  actAs,
}) => {
  const roles = e2eDeployment().contracts.CareRoles?.address as `0x${string}`;
  const revoke = await walletOf("ada").writeContract({
    address: roles,
    abi: careRolesAbi,
    functionName: "revokeRole",
    args: [roleId("BILLING"), address("billing")],
  });
  await chain.waitForTransactionReceipt({ hash: revoke });

  const patient = await actAs("carol", "/payments");
  const row = patient.getByTestId("my-invoices").locator('[data-invoice="1"]');
  await expect(row).toHaveAttribute("data-status", "providerGone");
  await expect(row).toContainText(
    "The provider no longer holds a provider role: this invoice cannot be paid.",
  );
  await expect(row.getByRole("button", { name: /Pay/ })).toHaveCount(0);

  const admin = await actAs("ada", "/payments");
  const lookup = admin.getByRole("form", { name: "Cancel a former provider's invoices" });
  await lookup.getByLabel("Provider's address").fill(address("billing"));
  await lookup.getByRole("button", { name: "Find open invoices" }).click();
  const stuck = admin.getByTestId("stuck-invoices").locator('[data-invoice="1"]');
  await stuck.getByRole("button", { name: "Cancel invoice" }).click();
  await expect(admin.getByText(/^Confirmed: Cancel invoice #1/)).toBeVisible();
  expect((await invoiceOnChain(1n)).invoice.status).toBe(3);
  await expect(row).toHaveAttribute("data-status", "cancelled");
});

test("an administrator's pause stops payments but not withdrawals, and the patient is told", async ({
  actAs,
}) => {
  const admin = await actAs("ada", "/payments");
  await admin.getByTestId("pause-state").getByRole("button", { name: "Pause payments" }).click();
  await expect(admin.getByText(/^Confirmed: Pause payments and refunds/)).toBeVisible();

  const patient = await actAs("carol", "/payments");
  await expect(patient.getByTestId("paused")).toBeVisible();
  const row = patient.getByTestId("my-invoices").locator('[data-invoice="1"]');
  await expect(row).toContainText("Paying is paused for now");
  await expect(row.getByRole("button", { name: /Pay/ })).toHaveCount(0);

  const billing = await actAs("billing", "/payments");
  await billing.getByTestId("credits").getByRole("button", { name: "Withdraw 95.5 tUSD" }).click();
  await expect(billing.getByText(/^Confirmed: Withdraw 95.5 tUSD/)).toBeVisible();

  await admin.getByTestId("pause-state").getByRole("button", { name: "Resume payments" }).click();
  await expect(admin.getByText(/^Confirmed: Resume payments and refunds/)).toBeVisible();
  await expect(row.getByRole("button", { name: "Pay 0.05 ETH" })).toBeVisible();
});

/** Deploys a token from the forge build's test mocks, gives Carol some, and accepts it for invoices. */
async function acceptMockToken(contract: string, mintTo: `0x${string}`, amount: bigint) {
  const { abi, bytecode } = forgeArtifact(contract);
  const ada = walletOf("ada");
  const deployed = await ada.deployContract({ abi, bytecode });
  const token = (await chain.waitForTransactionReceipt({ hash: deployed })).contractAddress as `0x${string}`;
  const send = async (address: `0x${string}`, call: { abi: Abi; functionName: string; args: unknown[] }) =>
    chain.waitForTransactionReceipt({ hash: await ada.writeContract({ address, ...call } as never) });
  await send(token, { abi, functionName: "mint", args: [mintTo, amount] });
  await send(contracts().payments, {
    abi: servicePaymentsAbi,
    functionName: "setCurrencyAllowed",
    args: [token, true],
  });
  return { token, abi };
}

/**
 * Third review, findings 7 to 9: a USDT-like token (no return value, and a non-zero allowance must be reset to zero
 * first) could not be approved; a Dai-style permit was offered and always failed; a fee-on-transfer token was
 * approved, then failed.
 */
test("USDT-like and Dai-style tokens are paid by approve then pay; a token that takes a fee is refused before anything is sent", async ({
  actAs,
}) => {
  test.setTimeout(120_000);
  const tether = await acceptMockToken("TetherLikeToken", address("carol"), 100_000_000n);
  const dai = await acceptMockToken("DaiLikeToken", address("carol"), parseEther("100"));
  await acceptMockToken("FeeOnTransferToken", address("carol"), parseEther("100"));
  // Carol once allowed the payments contract 1 unit: USDT refuses to change it to another non-zero amount.
  const approved = await walletOf("carol").writeContract({
    address: tether.token,
    abi: tether.abi,
    functionName: "approve",
    args: [contracts().payments, 1n],
  } as never);
  await chain.waitForTransactionReceipt({ hash: approved });

  const billing = await actAs("billing", "/payments");
  await issue(billing, "tUSDT", "40", "CPT-99213", "Follow-up visit");
  await expect(billing.getByText(/^Confirmed: Invoice 40 tUSDT/)).toBeVisible();
  await issue(billing, "tDAI", "25", "CPT-99212", "Short visit");
  await expect(billing.getByText(/^Confirmed: Invoice 25 tDAI/)).toBeVisible();
  await issue(billing, "FEE", "10", "CPT-99211", "Nurse visit");
  await expect(billing.getByText(/^Confirmed: Invoice 10 FEE/)).toBeVisible();

  const patient = await actAs("carol", "/payments");
  const mine = patient.getByTestId("my-invoices");
  let blockBefore = await chain.getBlockNumber();
  await mine.locator('[data-invoice="5"]').getByRole("button", { name: "Approve and pay 40 tUSDT" }).click();
  await expect(patient.getByText(/^Confirmed: Pay invoice #5/)).toBeVisible();
  await expect(mine.locator('[data-invoice="5"]')).toHaveAttribute("data-status", "paid");
  // The reset to zero, the approval, the payment.
  expect(await chain.getBlockNumber()).toBe(blockBefore + 3n);

  await expect(mine.locator('[data-invoice="6"]').getByRole("button", { name: /Sign and pay/ })).toHaveCount(
    0,
  );
  await mine.locator('[data-invoice="6"]').getByRole("button", { name: "Approve and pay 25 tDAI" }).click();
  await expect(patient.getByText(/^Confirmed: Pay invoice #6/)).toBeVisible();
  await expect(mine.locator('[data-invoice="6"]')).toHaveAttribute("data-status", "paid");
  expect(
    await chain.readContract({
      address: dai.token,
      abi: erc20Abi,
      functionName: "balanceOf",
      args: [address("carol")],
    }),
  ).toBe(parseEther("75"));

  blockBefore = await chain.getBlockNumber();
  await mine.locator('[data-invoice="7"]').getByRole("button", { name: "Approve and pay 10 FEE" }).click();
  await expect(
    patient.getByTestId("tx-activity").getByText(/The token delivered .* instead of .*: it is not supported/),
  ).toBeVisible();
  expect(await chain.getBlockNumber()).toBe(blockBefore);
  await expect(mine.locator('[data-invoice="7"]')).toHaveAttribute("data-status", "open");
});

/** Issue 32, item 1: a double-click on "Approve and pay" sent a second approval, then reported a paid bill as failed. */
test("a double-click on Approve and pay sends one approval and one payment, and reports no failure", async ({
  actAs,
}) => {
  const billing = await actAs("billing", "/payments");
  await issue(billing, "tEUR", "40", "CPT-97110", "Physiotherapy session");
  await expect(billing.getByText(/^Confirmed: Invoice 40 tEUR/)).toBeVisible();
  const patient = await actAs("carol", "/payments");
  const row = patient.getByTestId("my-invoices").locator('[data-invoice="5"]');
  const blockBefore = await chain.getBlockNumber();
  await row.getByRole("button", { name: "Approve and pay 40 tEUR" }).dblclick();
  await expect(patient.getByText(/^Confirmed: Pay invoice #5/)).toBeVisible();
  await expect(row).toHaveAttribute("data-status", "paid");
  await patient.waitForTimeout(1_000);
  expect(await chain.getBlockNumber()).toBe(blockBefore + 2n);
  await expect(patient.getByText(/^Failed/)).toHaveCount(0);
});

/** Third review, finding 11: a provider whose address a token blocklists could never withdraw its takings. */
test("a provider blocklisted by a token withdraws its takings to another of its addresses", async ({
  actAs,
}) => {
  test.setTimeout(90_000);
  const blk = await acceptMockToken("BlocklistToken", address("carol"), 100_000_000n);
  const billing = await actAs("billing", "/payments");
  await issue(billing, "tBLK", "30", "CPT-99213", "Follow-up visit");
  await expect(billing.getByText(/^Confirmed: Invoice 30 tBLK/)).toBeVisible();
  const patient = await actAs("carol", "/payments");
  await patient
    .getByTestId("my-invoices")
    .locator('[data-invoice="5"]')
    .getByRole("button", { name: "Approve and pay 30 tBLK" })
    .click();
  await expect(patient.getByText(/^Confirmed: Pay invoice #5/)).toBeVisible();
  const blocked = await walletOf("ada").writeContract({
    address: blk.token,
    abi: blk.abi,
    functionName: "blacklist",
    args: [address("billing")],
  } as never);
  await chain.waitForTransactionReceipt({ hash: blocked });

  const elsewhere = billing.getByRole("form", { name: "Withdraw to another of your addresses" });
  await billing.getByText("Withdraw to another of your addresses").click();
  await elsewhere.getByLabel("Currency").selectOption({ label: "tBLK" });
  await elsewhere.getByLabel("Send to").fill(address("frank"));
  await elsewhere.getByRole("button", { name: "Withdraw to this address" }).click();
  await expect(billing.getByText(/^Confirmed: Withdraw 30 tBLK to 0x14dC/)).toBeVisible();
  expect(
    await chain.readContract({
      address: blk.token,
      abi: erc20Abi,
      functionName: "balanceOf",
      args: [address("frank")],
    }),
  ).toBe(30_000_000n);
});

/**
 * Issue 34, item 1: a wallet that sends batches all-or-nothing (EIP-5792's `atomic` capability; here a Safe 1.4.1
 * smart account, batching through Safe's MultiSendCallOnly) pays a bill in a token without permit with one
 * confirmation: the approval and the payment are one batch, one transaction. A double-click sends one batch, and a
 * reload while it is pending still reports it once it lands.
 */
test("a smart-account patient approves and pays a token bill in one batch: one confirmation, followed across a reload", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const safe = await deploySafe("noor");
  const euro = e2eDeployment().contracts.TestToken?.address as Address;
  await waitFor(
    walletOf("ada").writeContract({
      address: euro,
      abi: testTokenAbi,
      functionName: "mint",
      args: [safe.address, parseEther("100")],
    }),
  );
  const invoiceId = await issueInvoice(safe.address, {
    currency: euro,
    amount: parseEther("40"),
    code: "CPT-97110",
    description: "Physiotherapy session",
  });
  const context = await browser.newContext();
  const page = await context.newPage();
  const wallet = new TestWallet(page, "noor", undefined, { smartAccount: safe });
  await wallet.install();
  await page.goto("/payments");
  await connectWallet(page);
  const row = page.getByTestId("my-invoices").locator(`[data-invoice="${invoiceId}"]`);
  await expect(row.getByRole("button", { name: "Approve and pay 40 tEUR" })).toBeEnabled({ timeout: 15_000 });
  const balance = () =>
    chain.readContract({ address: euro, abi: erc20Abi, functionName: "balanceOf", args: [safe.address] });
  const sentByOwner = () => chain.getTransactionCount({ address: addressOf("noor") });
  const before = { euros: await balance(), sent: await sentByOwner() };

  await chain.setAutomine(false);
  try {
    await row.getByRole("button", { name: "Approve and pay 40 tEUR" }).dblclick();
    await expect(page.getByText(/^Pending: Approve and pay invoice #\d+/)).toBeVisible();
    await page.reload();
    await expect(page.getByText(/^Pending: Approve and pay invoice #\d+/)).toBeVisible({ timeout: 15_000 });
  } finally {
    await chain.setAutomine(true);
  }
  await chain.mine({ blocks: 1 });
  await expect(
    page.getByText(/^Confirmed: Approve and pay invoice #\d+ \(40 tEUR\), in one batch/),
  ).toBeVisible({
    timeout: 15_000,
  });
  await expect(row).toHaveAttribute("data-status", "paid");
  await expect(page.getByText(/^Failed/)).toHaveCount(0);
  expect(wallet.confirmations).toEqual(["wallet_sendCalls"]);
  expect(await balance()).toBe(before.euros - parseEther("40"));
  expect(await sentByOwner()).toBe(before.sent + 1);
  await context.close();
});
