import type { Page } from "@playwright/test";
import { parseEventLogs } from "viem";
import { resourceAllocationAbi } from "../app/contracts/generated/resourceAllocation";
import { e2eDeployment } from "./fixtures/deployment";
import { addressOf, chain, expect, test, walletOf } from "./fixtures/test";
import { hidePage } from "./fixtures/visibility";

const inventoryAddress = () => e2eDeployment().contracts.ResourceAllocation?.address as `0x${string}`;
const available = (resourceId: bigint) =>
  chain.readContract({
    address: inventoryAddress(),
    abi: resourceAllocationAbi,
    functionName: "available",
    args: [resourceId],
  });
const managerAddress = addressOf("frank");

async function confirmed(page: Page, action: RegExp) {
  await expect(page.getByText(action)).toBeVisible();
}

function form(page: Page, name: string) {
  return page.getByRole("form", { name });
}

// Seeded inventory: ICU beds (#0) 40 total with 26 allocated; ventilators (#1) 25 with 10 allocated.

test("the admin adds a resource type and a facility, allocates, and sees chart and history update", async ({
  actAs,
}) => {
  const page = await actAs("ada", "/resources");
  const chartBars = page.getByTestId("inventory-chart").locator(".recharts-bar-rectangle");
  await expect(chartBars.first()).toBeVisible();
  const barsBefore = await chartBars.count();

  const addType = form(page, "Add a resource type");
  await addType.getByLabel("Name").fill("Dialysis machines");
  await addType.getByLabel("Unit").fill("machines");
  await addType.getByLabel("Total capacity").fill("12");
  await addType.getByRole("button", { name: "Add resource type" }).click();
  await confirmed(page, /^Confirmed: Add resource type Dialysis machines/);
  await expect(page.getByTestId("inventory-row-4")).toContainText("Dialysis machines");

  const register = form(page, "Register a facility");
  await register.getByLabel("Name").fill("Eastside Dialysis Centre");
  await register.getByLabel("Manager's address").fill(managerAddress);
  await register.getByRole("button", { name: "Register facility" }).click();
  await confirmed(page, /^Confirmed: Register Eastside Dialysis Centre/);
  await expect(page.getByTestId("holdings-row-3")).toContainText("Eastside Dialysis Centre");

  const allocate = form(page, "Allocate");
  await allocate.getByLabel("Resource").selectOption({ label: "Dialysis machines" });
  await allocate.getByLabel("Facility").selectOption({ label: "Eastside Dialysis Centre" });
  await allocate.getByLabel("Quantity").fill("5");
  await allocate.getByRole("button", { name: "Allocate" }).click();
  await confirmed(page, /^Confirmed: Allocate 5 machines of Dialysis machines/);

  const row = page.getByTestId("inventory-row-4");
  await expect(row.locator('[data-column="allocated"]')).toHaveText("5");
  await expect(row.locator('[data-column="available"]')).toHaveText("7");
  await expect(page.getByTestId("holdings-row-3").locator('[data-resource="4"]')).toHaveText("5");
  expect(await chartBars.count()).toBeGreaterThan(barsBefore);
  await expect(page.getByTestId("allocation-history").locator("tbody tr").first()).toContainText(
    "5 machines of Dialysis machines allocated to Eastside Dialysis Centre",
  );
  expect(await available(4n)).toBe(7n);
});

test("an over-capacity allocation is refused in words and nothing changes on chain", async ({ actAs }) => {
  const page = await actAs("ada", "/resources");
  const allocate = form(page, "Allocate");
  await allocate.getByLabel("Resource").selectOption({ label: "ICU beds" });
  await allocate.getByLabel("Facility").selectOption({ label: "Northside Community Clinic" });
  const blockBefore = await chain.getBlockNumber();

  await allocate.getByLabel("Quantity").fill("15");
  await allocate.getByRole("button", { name: "Allocate" }).click();
  await expect(allocate.getByRole("alert")).toHaveText("ICU beds: only 14 available.");
  expect(await chain.getBlockNumber()).toBe(blockBefore);

  // Someone else takes 12 beds after the form loaded: the contract refuses, and says why. The tab is in the
  // background meanwhile (no polls, none left in flight), so that the form still counts 14 and the refusal is the
  // contract's; a visible tab may catch the change first and refuse at the field, which is right too.
  await hidePage(page);
  await page.waitForLoadState("networkidle");
  const hash = await walletOf("ada").writeContract({
    address: inventoryAddress(),
    abi: resourceAllocationAbi,
    functionName: "allocate",
    args: [0n, 0n, 12n],
  });
  await chain.waitForTransactionReceipt({ hash });
  const blockAfterOther = await chain.getBlockNumber();

  await allocate.getByLabel("Quantity").fill("10");
  await allocate.getByRole("button", { name: "Allocate" }).click();
  await expect(
    page.getByTestId("tx-activity").getByText("Not enough in the pool: 2 available, 10 asked for."),
  ).toBeVisible();
  expect(await chain.getBlockNumber()).toBe(blockAfterOther);
  expect(await available(0n)).toBe(2n);
});

test("a facility manager requests units and the admin approves them", async ({ actAs }) => {
  const manager = await actAs("frank", "/resources");
  const request = form(manager, "Request units");
  await request.getByLabel("Resource").selectOption({ label: "Ventilators" });
  await request.getByLabel("Facility").selectOption({ label: "St. Mary's General Hospital" });
  await request.getByLabel("Quantity").fill("3");
  await request.getByLabel(/Reason/).fill("Flu season: ICU overflow ward opens");
  await request.getByRole("button", { name: "Send request" }).click();
  await confirmed(manager, /^Confirmed: Request 3 units of Ventilators/);
  const newRequest = manager.locator('[data-request="1"]');
  await expect(newRequest).toHaveAttribute("data-status", "open");
  await expect(newRequest).toContainText("Flu season: ICU overflow ward opens");

  const admin = await actAs("ada", "/resources");
  const held = admin.getByTestId("holdings-row-0").locator('[data-resource="1"]');
  await expect(held).toHaveText("10");
  await admin.locator('[data-request="1"]').getByRole("button", { name: "Approve" }).click();
  await confirmed(admin, /^Confirmed: Approve request #1/);
  await expect(admin.locator('[data-request="1"]')).toHaveAttribute("data-status", "approved");
  await expect(held).toHaveText("13");
  expect(await available(1n)).toBe(12n);
});

test("a batch allocation of three lines lands in one transaction", async ({ actAs }) => {
  const page = await actAs("ada", "/resources");
  const batch = form(page, "Batch allocation");
  await batch.getByRole("button", { name: "Add a line" }).click();
  const lines = [
    ["ICU beds", "Northside Community Clinic", "2"],
    ["Ventilators", "Riverside Children's Hospital", "3"],
    ["Blood O negative", "Northside Community Clinic", "4"],
  ];
  for (const [index, [resource, facility, quantity]] of lines.entries()) {
    const line = batch.getByRole("listitem", { name: `Line ${index + 1}` });
    await line.getByLabel("Resource").selectOption({ label: resource as string });
    await line.getByLabel("Facility").selectOption({ label: facility as string });
    await line.getByLabel("Quantity").fill(quantity as string);
  }
  const blockBefore = await chain.getBlockNumber();
  await batch.getByRole("button", { name: "Allocate 3 lines" }).click();
  await confirmed(page, /^Confirmed: Allocate 3 lines/);

  expect(await chain.getBlockNumber()).toBe(blockBefore + 1n);
  const block = await chain.getBlock({ blockNumber: blockBefore + 1n });
  expect(block.transactions).toHaveLength(1);
  const receipt = await chain.getTransactionReceipt({ hash: block.transactions[0] as `0x${string}` });
  const allocated = parseEventLogs({
    abi: resourceAllocationAbi,
    logs: receipt.logs,
    eventName: "Allocated",
  });
  expect(allocated.map((log) => [log.args.resourceId, log.args.facilityId, log.args.quantity])).toEqual([
    [0n, 1n, 2n],
    [1n, 2n, 3n],
    [3n, 1n, 4n],
  ]);
  await expect(page.getByTestId("holdings-row-1").locator('[data-resource="3"]')).toHaveText("4");
});
