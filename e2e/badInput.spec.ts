import type { Locator, Page } from "@playwright/test";
import type { Address } from "viem";
import { patientRecordsAbi } from "../app/contracts/generated/patientRecords";
import { resourceAllocationAbi } from "../app/contracts/generated/resourceAllocation";
import { e2eDeployment } from "./fixtures/deployment";
import { readKit, setUpRecordsKey, typeKitConfirmation } from "./fixtures/recordsKey";
import { addressOf, chain, connectWallet, expect, test, walletOf } from "./fixtures/test";

/**
 * Bad input, refusals and a wrong network: each ends in a clear message, and nothing reaches the chain (no new
 * block: anvil mines every transaction it receives at once). A transaction reverting because the chain changed
 * after the form loaded is in resources.spec.ts and payments.spec.ts.
 */

/** Runs `act`, then checks that the chain has not moved: no transaction was sent. */
async function nothingSent(act: () => Promise<void>) {
  const before = await chain.getBlockNumber();
  await act();
  expect(await chain.getBlockNumber()).toBe(before);
}

async function submitWith(form: Locator, button: string, fields: Record<string, string>) {
  for (const [label, value] of Object.entries(fields))
    await form.getByLabel(label, { exact: true }).fill(value);
  await form.getByRole("button", { name: button }).click();
}

const alertsOf = (form: Locator) => form.getByRole("alert");

test("empty and oversized text is refused in the form, in words", async ({ actAs }) => {
  const page = await actAs("ada", "/resources");
  const form = page.getByRole("form", { name: "Add a resource type" });
  await nothingSent(async () => {
    await submitWith(form, "Add resource type", { Name: "   ", Unit: "", "Total capacity": "10" });
    await expect(alertsOf(form)).toHaveText(["Required.", "Required."]);
    // 33 × "é" is 66 bytes of UTF-8: over the contract's 64, although only 33 characters.
    await submitWith(form, "Add resource type", {
      Name: "é".repeat(33),
      Unit: "boxes of twenty",
      "Total capacity": "10",
    });
    await expect(alertsOf(form)).toHaveText(["At most 64 bytes."]);
    await submitWith(form, "Add resource type", { Name: "Gloves", Unit: "boxes of twenty gloves" });
    await expect(alertsOf(form)).toHaveText(["At most 16 bytes."]);
  });
});

test("a capacity is a whole number from 1 to a billion, each refusal in words, and large ones read grouped", async ({
  actAs,
}) => {
  const page = await actAs("ada", "/resources");
  const form = page.getByRole("form", { name: "Add a resource type" });
  const tooMany = "At most 1,000,000,000: no health system holds more of one resource type.";
  const cases: [string, string][] = [
    ["", "Required."],
    ["0", "Enter at least 1."],
    ["-5", "Enter a whole number in digits, like 12."],
    ["1.5", "Enter a whole number in digits, like 12."],
    ["abc", "Enter a whole number in digits, like 12."],
    ["1e30", "Enter a whole number in digits, like 12."],
    ["1000000001", tooMany],
    ["9".repeat(31), tooMany],
  ];
  await nothingSent(async () => {
    for (const [total, message] of cases) {
      await submitWith(form, "Add resource type", { Name: "Gloves", Unit: "boxes", "Total capacity": total });
      await expect(alertsOf(form), `capacity ${JSON.stringify(total)}`).toHaveText([message]);
    }
  });
  await submitWith(form, "Add resource type", {
    Name: "Gloves",
    Unit: "boxes",
    "Total capacity": "1000000000",
  });
  await expect(page.getByTestId("tx-activity").getByText(/^Confirmed: /)).toBeVisible();
  const row = page.locator("[data-testid^=inventory-row-]", { hasText: "Gloves" });
  await expect(row.locator('[data-column="total"]')).toHaveText("1,000,000,000");
});

test("zero, negative, fractional and huge quantities are refused, in words", async ({ actAs }) => {
  const page = await actAs("ada", "/resources");
  const form = page.getByRole("form", { name: "Allocate" });
  await form.getByLabel("Resource").selectOption({ label: "ICU beds" });
  await form.getByLabel("Facility").selectOption({ label: "Northside Community Clinic" });
  const cases: [string, string][] = [
    ["0", "Enter at least 1."],
    ["-3", "Enter a whole number in digits, like 12."],
    ["1.5", "Enter a whole number in digits, like 12."],
    ["1e3", "Enter a whole number in digits, like 12."],
    ["9".repeat(40), "At most 1,000,000,000: no health system holds more of one resource type."],
  ];
  await nothingSent(async () => {
    for (const [quantity, message] of cases) {
      await submitWith(form, "Allocate", { Quantity: quantity });
      await expect(alertsOf(form), `quantity ${quantity}`).toHaveText([message]);
    }
  });
});

test("zero, negative, over-precise and huge amounts are refused, in words", async ({ actAs }) => {
  const page = await actAs("billing", "/payments");
  const form = page.getByRole("form", { name: "Issue an invoice" });
  await form.getByLabel("Patient's address").fill(addressOf("carol"));
  await form.getByLabel("Currency").selectOption({ label: "tUSD" });
  await form.getByLabel("Due date").fill(new Date(Date.now() + 86_400_000).toISOString().slice(0, 10));
  await form.getByLabel("Service code").fill("CPT-99213");
  const cases: [string, string][] = [
    ["0", "Enter an amount greater than zero."],
    ["-5", "Enter an amount in digits, like 12 or 0.05."],
    ["1,5", "Enter an amount in digits, like 12 or 0.05."],
    ["0.0000001", "At most 6 decimal places."],
    ["9".repeat(40), "That amount is too large for the contract."],
  ];
  await nothingSent(async () => {
    for (const [amount, message] of cases) {
      await submitWith(form, "Issue invoice", { Amount: amount });
      await expect(alertsOf(form), `amount ${amount}`).toHaveText([message]);
    }
  });
});

/**
 * Third review, findings 4 and 5: a code behind "CPT" passed unseen, and a warning never stopped anything. A
 * diagnosis code cannot be a service code at all; flagged free text is sent only once the person confirms it.
 */
test("a diagnosis code is refused as a service code, and flagged public text needs a second confirmation", async ({
  actAs,
}) => {
  const page = await actAs("billing", "/payments");
  const form = page.getByRole("form", { name: "Issue an invoice" });
  await form.getByLabel("Patient's address").fill(addressOf("carol"));
  await form.getByLabel("Amount").fill("0.01");
  await form.getByLabel("Due date").fill(new Date(Date.now() + 86_400_000).toISOString().slice(0, 10));
  await nothingSent(async () => {
    for (const code of ["B20", "CPT-F32.9", "CPT B20"]) {
      await form.getByLabel("Service code").fill(code);
      await expect(form.getByTestId("health-warning-serviceCode")).toContainText(
        "looks like a diagnosis code",
      );
      await form.getByRole("button", { name: "Issue invoice" }).click();
      await expect(alertsOf(form).first()).toContainText("never a diagnosis code");
    }
    await form.getByLabel("Service code").fill("CPT-99213");
    await expect(form.getByTestId("health-warning-serviceCode")).toHaveCount(0);
    await form.getByLabel("Description").fill("Follow-up for Mr John Smith after his kidney failure");
    const warning = form.getByTestId("health-warning-description");
    await expect(warning).toContainText("looks like a person's name");
    await form.getByRole("button", { name: "Issue invoice" }).click();
    await expect(alertsOf(form)).toHaveText([
      "This text looks like health data: change it, or tick that you checked it before sending.",
    ]);
  });
  // Changed text asks again; confirmed, it goes.
  await form.getByLabel("Description").fill("Follow-up, second visit after surgery for kidney failure");
  await expect(form.getByTestId("health-warning-description")).toContainText("names a medical condition");
  await form.getByTestId("health-warning-description").getByRole("checkbox").check();
  await form.getByRole("button", { name: "Issue invoice" }).click();
  await expect(page.getByText(/^Confirmed: /)).toBeVisible();
});

/** Third review, finding 4: a resource's own name ("dialysis") is operational; a patient's name is not. */
test("a request reason warns for a person and a condition, not for the deployment's own resource names", async ({
  actAs,
}) => {
  const resources = e2eDeployment().contracts.ResourceAllocation?.address as Address;
  const hash = await walletOf("ada").writeContract({
    address: resources,
    abi: resourceAllocationAbi,
    functionName: "addResourceType",
    args: ["Dialysis chairs", "chairs", 12n],
  });
  await chain.waitForTransactionReceipt({ hash });
  const page = await actAs("frank", "/resources");
  const form = page.getByRole("form", { name: "Request units" });
  const reason = form.getByLabel("Reason");
  await expect(form.getByLabel("Resource")).toContainText("Dialysis chairs");
  await reason.fill("More dialysis chairs for the new wing");
  await expect(form.getByTestId("health-warning-reason")).toHaveCount(0);
  await reason.fill("Dialysis for Mr Brown");
  await expect(form.getByTestId("health-warning-reason")).toContainText("looks like a person's name");
  await reason.fill("for Mr John Smith, room 12, after his kidney failure");
  await expect(form.getByTestId("health-warning-reason")).toContainText("looks like a person's name");
  await reason.fill("room 12, after his kidney failure");
  await expect(form.getByTestId("health-warning-reason")).toContainText("names a medical condition");
});

test("an unknown invoice in the URL says so", async ({ page }) => {
  // The contract's answer is final: asked once, not retried (three retries kept people waiting 7 s and more).
  const asked: string[] = [];
  page.on("request", (request) => {
    if (request.method() === "POST" && request.postData()?.includes("eth_call"))
      asked.push(request.postData() ?? "");
  });
  await page.goto("/payments/receipt/999");
  await expect(page.getByText("Invoice #999 does not exist on this network.")).toBeVisible();
  const invoice999 = (999).toString(16).padStart(64, "0");
  expect(asked.filter((body) => body.includes(invoice999))).toHaveLength(1);
  await page.goto("/payments/receipt/not-a-number");
  await expect(page.getByText(/does not exist|not an invoice/i)).toBeVisible();
});

test("rejecting the signature and the transaction in the wallet changes nothing and says so", async ({
  page,
  useWallet,
}) => {
  const wallet = await useWallet("carol");
  await page.goto("/records");
  await connectWallet(page);
  wallet.rejectRequests(true);
  await page.getByRole("button", { name: "Set up encryption" }).click();
  await typeKitConfirmation(page, await readKit(page));
  const confirm = page.getByRole("button", { name: "Confirm and set up encryption" });
  await nothingSent(async () => {
    await confirm.click();
    await expect(page.getByText("You rejected the request in your wallet. Nothing was sent.")).toBeVisible();
  });
  const account = await chain.readContract({
    address: e2eDeployment().contracts.PatientRecords?.address as `0x${string}`,
    abi: patientRecordsAbi,
    functionName: "accountOf",
    args: [addressOf("carol")],
  });
  expect(account.keyBlock).toBe(0);
  // The kit written down stays on screen: trying again needs no new one.
  await expect(confirm).toBeEnabled();

  // The two signatures are given, the transaction that publishes the key is refused.
  await dismissReports(page);
  wallet.rejectRequests(false);
  wallet.rejectTransactions(true);
  await nothingSent(async () => {
    await confirm.click();
    await expect(
      page.getByTestId("tx-activity").getByText("You rejected the request in your wallet. Nothing was sent."),
    ).toBeVisible();
  });
  await expect(confirm).toBeEnabled();
});

test("on the wrong network nothing is sent, and the app says why", async ({ page, useWallet }) => {
  const wallet = await useWallet("ada");
  await page.goto("/resources");
  await connectWallet(page);
  const form = page.getByRole("form", { name: "Allocate" });
  await form.getByLabel("Resource").selectOption({ label: "ICU beds" });
  await form.getByLabel("Facility").selectOption({ label: "Northside Community Clinic" });
  await wallet.switchNetwork(1);
  await expect(page.getByTestId("wrong-network-banner")).toBeVisible();
  await nothingSent(async () => {
    await submitWith(form, "Allocate", { Quantity: "1" });
    await expect(page.getByText(/wrong network|not deployed/i).first()).toBeVisible();
  });
});

async function dismissReports(page: Page) {
  for (const close of await page.getByRole("button", { name: "Dismiss" }).all()) await close.click();
  await expect(page.getByTestId("tx-activity")).toHaveCount(0);
}

test("a refused doctor's address stays typed, with the reason at the field; an accepted one clears it", async ({
  actAs,
}) => {
  test.setTimeout(90_000);
  await setUpRecordsKey(await actAs("alice", "/records"));
  const carol = await actAs("carol", "/records");
  await setUpRecordsKey(carol);
  await carol.getByText("Allow a doctor by address").click();
  const form = carol.getByRole("form", { name: "Allow a doctor by address" });
  const field = form.getByLabel("Doctor's address");
  await nothingSent(async () => {
    await field.fill(addressOf("carol"));
    await form.getByRole("button", { name: "Allow" }).click();
    await expect(alertsOf(form)).toHaveText(/This is your own address/);
    // Frank manages a facility: not a doctor. The chain's refusal, in words, at the field; the address kept.
    await field.fill(addressOf("frank"));
    await form.getByRole("button", { name: "Allow" }).click();
    await expect(alertsOf(form)).toHaveText(/doctor/i);
    await expect(field).toHaveValue(addressOf("frank"));
  });
  await field.fill(addressOf("alice"));
  await form.getByRole("button", { name: "Allow" }).click();
  await expect(carol.getByTestId("tx-activity").getByText(/^Confirmed: Allow/)).toBeVisible();
  await expect(field).toHaveValue("");
  await expect(alertsOf(form)).toHaveCount(0);
});
