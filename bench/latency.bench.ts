import type { Page } from "@playwright/test";
import type { Address } from "viem";
import { servicePaymentsAbi } from "../app/contracts/generated/servicePayments";
import { e2eDeployment } from "../e2e/fixtures/deployment";
import { chain, expect, test } from "../e2e/fixtures/test";
import { writeReport } from "./lib/report";

/**
 * Click to confirmed: for one transaction of each capability, the time from the click to the "Confirmed" report,
 * both stamped inside the page (performance.now), median of 5 on the local chain. Budget: ≤ 1 s.
 */
const RUNS = 5;
const BUDGET_MS = 1_000;
// Issue 15: with real block times, click → confirmed within one block time and 0.3 s (median).
const BLOCK_SECONDS = 2;
const results: { transaction: string; samples: number[]; median: number }[] = [];

async function timeClickToConfirmed(page: Page, click: () => Promise<void>): Promise<number> {
  await page.evaluate(() => {
    const state = window as unknown as { __clickAt: number; __confirmedAt: number };
    state.__clickAt = 0;
    state.__confirmedAt = 0;
    // Reports already confirmed (they go away by themselves, so counting them would miss the next one).
    for (const report of document.querySelectorAll('[data-testid="tx-activity"][data-phase="confirmed"]'))
      report.setAttribute("data-measured", "");
    document.addEventListener("click", () => (state.__clickAt = performance.now()), {
      capture: true,
      once: true,
    });
    const observer = new MutationObserver(() => {
      if (
        document.querySelector('[data-testid="tx-activity"][data-phase="confirmed"]:not([data-measured])')
      ) {
        state.__confirmedAt = performance.now();
        observer.disconnect();
      }
    });
    observer.observe(document.body, { subtree: true, childList: true, attributes: true });
  });
  await click();
  await page.waitForFunction(() => (window as unknown as { __confirmedAt: number }).__confirmedAt > 0);
  return page.evaluate(() => {
    const state = window as unknown as { __clickAt: number; __confirmedAt: number };
    return state.__confirmedAt - state.__clickAt;
  });
}

async function measure(transaction: string, page: Page, click: (run: number) => Promise<void>) {
  const samples: number[] = [];
  for (let run = 0; run < RUNS; run++) samples.push(await timeClickToConfirmed(page, () => click(run)));
  const sorted = [...samples].sort((a, b) => a - b);
  results.push({ transaction, samples, median: sorted[Math.floor(RUNS / 2)] as number });
}

test("allocate (resources)", async ({ actAs }) => {
  const page = await actAs("ada", "/resources");
  const form = page.getByRole("form", { name: "Allocate" });
  await form.getByLabel("Resource").selectOption({ label: "Influenza vaccine" });
  await form.getByLabel("Facility").selectOption({ label: "Northside Community Clinic" });
  await measure("allocate (resources)", page, async () => {
    await form.getByLabel("Quantity").fill("1");
    await form.getByRole("button", { name: "Allocate" }).click();
  });
});

test("grant a role (roles)", async ({ actAs }) => {
  const page = await actAs("ada", "/");
  const form = page.getByRole("form", { name: "Grant role" });
  await measure("grant a role (roles)", page, async (run) => {
    await form
      .getByLabel("Role")
      .selectOption(["DOCTOR", "BILLING", "ALLOCATOR", "ADMIN", "DOCTOR"][run] as string);
    await form.getByLabel("Address").fill(`0x${String(run + 1).padStart(40, "0")}`);
    await form.getByRole("button", { name: "Grant role" }).click();
  });
});

test("pay an invoice in ETH (payments)", async ({ actAs }) => {
  const billing = await actAs("billing", "/payments");
  const issue = billing.getByRole("form", { name: "Issue an invoice" });
  await measure("issue an invoice (payments)", billing, async (run) => {
    await issue.getByLabel("Patient's address").fill("0x90F79bf6EB2c4f870365E785982E1f101E93b906");
    await issue.getByLabel("Amount").fill(`0.0${run + 1}`);
    await issue.getByLabel("Due date").fill(new Date(Date.now() + 86_400_000).toISOString().slice(0, 10));
    await issue.getByLabel("Service code").fill("CPT-99213");
    await issue.getByRole("button", { name: "Issue invoice" }).click();
  });
  const patient = await actAs("carol", "/payments");
  const mine = patient.getByTestId("my-invoices");
  await expect(mine.locator('[data-invoice="9"]')).toBeVisible();
  await measure("pay an invoice in ETH (payments)", patient, async (run) => {
    await mine
      .locator(`[data-invoice="${run + 5}"]`)
      .getByRole("button", { name: /^Pay / })
      .click();
  });
});

test("pay an invoice in ETH on a chain that mines every 2 s (payments)", async ({ actAs }) => {
  const patient = await actAs("carol", "/payments");
  const mine = patient.getByTestId("my-invoices");
  const billing = await actAs("billing", "/payments");
  const issue = billing.getByRole("form", { name: "Issue an invoice" });
  const invoiceCount = () =>
    chain.readContract({
      address: e2eDeployment().contracts.ServicePayments?.address as Address,
      abi: servicePaymentsAbi,
      functionName: "invoiceCount",
    });
  const before = await invoiceCount();
  for (let run = 0; run < RUNS; run++) {
    await issue.getByLabel("Patient's address").fill("0x90F79bf6EB2c4f870365E785982E1f101E93b906");
    await issue.getByLabel("Amount").fill(`0.0${run + 1}`);
    await issue.getByLabel("Due date").fill(new Date(Date.now() + 86_400_000).toISOString().slice(0, 10));
    await issue.getByLabel("Service code").fill("CPT-99213");
    await issue.getByRole("button", { name: "Issue invoice" }).click();
    await expect.poll(invoiceCount).toBe(before + BigInt(run + 1));
    await expect(issue.getByLabel("Amount")).toHaveValue(""); // the form resets once the page saw it confirmed
  }
  const ids = Array.from({ length: RUNS }, (_, run) => String(before + BigInt(RUNS - run)));
  await expect(mine.locator(`[data-invoice="${ids[0]}"]`)).toBeVisible();
  await chain.setAutomine(false);
  await chain.setIntervalMining({ interval: BLOCK_SECONDS });
  try {
    await measure(`pay an invoice in ETH, ${BLOCK_SECONDS} s blocks (payments)`, patient, async (run) => {
      await mine.locator(`[data-invoice="${ids[run]}"]`).getByRole("button", { name: /^Pay / }).click();
    });
  } finally {
    await chain.setIntervalMining({ interval: 0 });
    await chain.setAutomine(true);
  }
});

test("allow a doctor (records)", async ({ actAs }) => {
  const doctors = ["alice", "bruno"] as const;
  for (const doctor of doctors) {
    const page = await actAs(doctor, "/records");
    await page.getByRole("button", { name: "Set up encryption" }).click();
    await expect(page.getByTestId("records-unlocked")).toBeVisible();
  }
  const carol = await actAs("carol", "/records");
  await carol.getByRole("button", { name: "Set up encryption" }).click();
  await expect(carol.getByTestId("records-unlocked")).toBeVisible();
  const rows = carol.getByTestId("consent").locator("li");
  await expect(rows.first().getByRole("button", { name: "Allow" })).toBeEnabled({ timeout: 15_000 });
  await measure("allow / revoke a doctor (records)", carol, async (run) => {
    await rows
      .first()
      .getByRole("button", { name: run % 2 === 0 ? "Allow" : "Revoke" })
      .click();
  });
});

test.afterAll(async () => {
  const lines = [
    "| Transaction | Median, click → confirmed | Samples (ms) |",
    "| --- | ---: | --- |",
    ...results.map(
      (r) =>
        `| ${r.transaction} | ${Math.round(r.median)} ms | ${r.samples.map((s) => Math.round(s)).join(", ")} |`,
    ),
    "",
    `Budget: ≤ ${BUDGET_MS} ms each on the automining chain; ≤ ${BLOCK_SECONDS * 1000 + 300} ms with ${BLOCK_SECONDS} s blocks.`,
  ];
  await writeReport("latency", {
    title: "Click to confirmed",
    about: `On the e2e stack (through the limits proxy), the time from the click to the "Confirmed" report, both stamped in
the page; the wallet answers at once, so this is the app and the chain. "Confirmed" is said only once the lists the
transaction changed show it. Median of ${RUNS}.`,
    markdown: lines.join("\n"),
    data: results,
  });
  console.log(lines.join("\n"));
});
