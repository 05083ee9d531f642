import type { Browser } from "@playwright/test";
import { expect, test } from "@playwright/test";
import { createPublicClient, http, parseEther } from "viem";
import { patientRecordsAbi } from "../app/contracts/generated/patientRecords";
import { servicePaymentsAbi } from "../app/contracts/generated/servicePayments";
import type { PersonaKey } from "../contracts/script/lib/personas";
import { chainWriter } from "../contracts/script/lib/writer";
import { connectWallet } from "../e2e/fixtures/test";
import { TestWallet } from "../e2e/fixtures/testWallet";
import { type AgedApp, startAgedStack } from "./lib/ageStack";
import { addAllocations, addInvoices, recordWriter } from "./lib/grow";
import { writeReport } from "./lib/report";

/**
 * Reads as the deployment ages and the data grows. The app talks to a chain 15,000,000 blocks past genesis through
 * a proxy with a public endpoint's limits; three builds believe the contracts were deployed 0, 1,000,000 and
 * 15,000,000 blocks before the head. For each page (resources; records as patient and as doctor; payments as
 * patient and as provider) with 10, 100 and 1,000 items: the JSON-RPC calls and HTTP requests from navigation until
 * the list is on screen, the time until it is, the eth_getLogs an idle page makes while no block arrives, and those
 * it makes when one block arrives.
 */
const listFromEnv = (name: string, fallback: number[]) =>
  process.env[name]?.split(",").map(Number) ?? fallback;
// BENCH_AGES / BENCH_SIZES / BENCH_PAGES (page names, comma-separated) run a subset while investigating;
// BENCH_TRACE=1 prints each request until shown.
const AGES = listFromEnv("BENCH_AGES", [0, 1_000_000, 15_000_000]);
const SIZES = listFromEnv("BENCH_SIZES", [10, 100, 1_000]);
const PAGES = process.env.BENCH_PAGES?.split(",");
const BUDGET = { calls: 10, http: 3, ms: 1_000 };

type Row = {
  page: string;
  age: number;
  n: number;
  calls: number;
  http: number;
  methods: Record<string, number>;
  shownMs: number;
  idleGetLogs: number;
  blockGetLogs: number;
};
const rows: Row[] = [];

test.describe.configure({ mode: "serial" });

test("reads stay flat in the age of the deployment and the size of the data", async ({ browser }) => {
  const stack = await startAgedStack({ ages: AGES, anvilPort: 8550, proxyPort: 8551, appPort: 4190 });
  try {
    const writer = chainWriter(stack.anvil.rpcUrl);
    const { ResourceAllocation, PatientRecords, ServicePayments } = stack.deployment.contracts as Record<
      string,
      { address: `0x${string}` }
    >;
    const records = PatientRecords?.address as `0x${string}`;
    const payments = ServicePayments?.address as `0x${string}`;
    const writeRecords = await recordWriter(writer, records, "alice", "carol");
    let grown = 0;
    for (const n of SIZES) {
      // Allocations last: the audit history first reads one eth_getLogs range back from the head (2,000 blocks
      // here), then older ranges on "Load older activity". Grown first, 1,000 allocations sat behind 2,000 blocks
      // of records and invoices, outside that range, and the measured newest entry never showed by itself.
      await writeRecords(n - grown);
      await addInvoices(writer, payments, "billing", "carol", n - grown);
      await addAllocations(writer, ResourceAllocation?.address as `0x${string}`, n - grown);
      grown = n;
      // The newest item at the moment a page is measured: each page's own change adds one.
      const newestRecord = async () =>
        (await writer.publicClient.readContract({
          address: records,
          abi: patientRecordsAbi,
          functionName: "recordCount",
        })) - 1n;
      const newestInvoice = () =>
        writer.publicClient.readContract({
          address: payments,
          abi: servicePaymentsAbi,
          functionName: "invoiceCount",
        });
      const pages: PageUnderTest[] = [
        {
          name: "resources",
          persona: "ada",
          path: "/resources",
          shown: async () => '[data-testid="allocation-history"] [data-index="0"]',
          touch: () => addAllocations(writer, ResourceAllocation?.address as `0x${string}`, 1),
        },
        {
          name: "records as patient",
          persona: "carol",
          path: "/records",
          unlock: true,
          shown: async () =>
            `section[aria-labelledby="as-patient"] [data-testid="record-${await newestRecord()}"][data-state="ok"]`,
          touch: () => writeRecords(1),
        },
        {
          name: "records as doctor",
          persona: "alice",
          path: "/records",
          unlock: true,
          // Nothing is pre-selected for a doctor: the chart opens when they choose the patient.
          choose: '[data-testid="my-patients"] button',
          shown: async () =>
            `section[aria-labelledby="as-doctor"] [data-testid="record-${await newestRecord()}"][data-state="ok"]`,
          touch: () => writeRecords(1),
        },
        {
          name: "payments as patient",
          persona: "carol",
          path: "/payments",
          shown: async () =>
            `[data-testid="my-invoices"] [data-invoice="${await newestInvoice()}"][data-ready="true"]`,
          touch: () => addInvoices(writer, payments, "billing", "carol", 1),
        },
        {
          name: "payments as provider",
          persona: "billing",
          path: "/payments",
          shown: async () =>
            `[data-testid="issued-invoices"] [data-invoice="${await newestInvoice()}"][data-ready="true"]`,
          touch: () =>
            writer
              .send("carol", {
                address: payments,
                abi: servicePaymentsAbi,
                functionName: "payWithEth",
                args: [1n],
                value: parseEther("0.05"),
              })
              .catch(() => addInvoices(writer, payments, "billing", "carol", 1)),
        },
      ];
      for (const app of stack.apps) {
        for (const page of pages.filter((candidate) => !PAGES || PAGES.includes(candidate.name)))
          rows.push({
            ...(await measure(browser, app, stack.anvil.rpcUrl, stack.proxy.url, page)),
            page: page.name,
            age: app.age,
            n,
          });
      }
    }
  } finally {
    await stack.stop();
    await report();
  }
});

type PageUnderTest = {
  name: string;
  persona: PersonaKey;
  path: string;
  /** The selector of the list's newest entry, once it is on screen. */
  shown: () => Promise<string>;
  unlock?: boolean;
  /** What the person picks after unlocking before the list shows (a doctor chooses the patient's chart). */
  choose?: string;
  touch: () => Promise<unknown>;
};

async function measure(
  browser: Browser,
  app: AgedApp,
  chainUrl: string,
  proxyUrl: string,
  target: PageUnderTest,
) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await new TestWallet(page, target.persona, chainUrl).install();
  await page.goto(`${app.url}/`);
  await connectWallet(page);
  // Leave the app, so that nothing of the page before is still in flight when the measured load starts.
  await page.goto("about:blank");
  const requests: { at: number; methods: string[]; detail: string[] }[] = [];
  page.on("request", (request) => {
    if (request.method() !== "POST" || !request.url().startsWith(proxyUrl)) return;
    type Call = { method: string; params?: unknown[] };
    const body = request.postDataJSON() as Call | Call[];
    const calls = Array.isArray(body) ? body : [body];
    requests.push({
      at: Date.now(),
      methods: calls.map((call) => call.method),
      detail: calls.map((call) => `${call.method} ${JSON.stringify(call.params ?? []).slice(0, 160)}`),
    });
  });
  let shownAt = 0;
  await page.exposeBinding("__listShown", () => {
    shownAt = shownAt || Date.now();
  });
  await page.addInitScript(
    (selector) => {
      const observer = new MutationObserver(() => {
        if (!document.querySelector(selector)) return;
        observer.disconnect();
        (window as unknown as { __listShown: () => void }).__listShown();
      });
      document.addEventListener("DOMContentLoaded", () =>
        observer.observe(document.body, { subtree: true, childList: true, attributes: true }),
      );
    },
    await target.shown(),
  );
  const start = Date.now();
  await page.goto(`${app.url}${target.path}`);
  let from = start;
  if (target.unlock) {
    const unlock = page.getByRole("button", { name: "Unlock my records" });
    await expect(unlock).toBeEnabled({ timeout: 30_000 });
    from = Date.now();
    await unlock.click();
  }
  if (target.choose) await page.locator(target.choose).first().click();
  await expect.poll(() => shownAt, { timeout: 60_000 }).toBeGreaterThan(0);
  const before = requests.filter((request) => request.at <= shownAt);
  if (process.env.BENCH_TRACE)
    for (const request of before) console.log(`${target.name} +${request.at - start} ms`, request.detail);
  const methods: Record<string, number> = {};
  for (const method of before.flatMap((request) => request.methods))
    methods[method] = (methods[method] ?? 0) + 1;
  const getLogs = (list: typeof requests) =>
    list.flatMap((request) => request.methods).filter((method) => method === "eth_getLogs").length;
  // Idle: no block arrives, no log is read.
  await page.waitForTimeout(1_500);
  const idleFrom = requests.length;
  await page.waitForTimeout(6_000);
  const idleGetLogs = getLogs(requests.slice(idleFrom));
  // One block with a change to the page's contract.
  const blockFrom = requests.length;
  const node = createPublicClient({ transport: http(chainUrl) });
  const headBefore = await node.getBlockNumber({ cacheTime: 0 });
  await target.touch();
  await page.waitForTimeout(3_000);
  // Some changes take two transactions, hence two blocks: the budget is per block.
  const newBlocks = Number((await node.getBlockNumber({ cacheTime: 0 })) - headBefore);
  const blockGetLogs = getLogs(requests.slice(blockFrom)) / Math.max(1, newBlocks);
  if (process.env.BENCH_TRACE)
    for (const request of requests.slice(blockFrom))
      console.log(`${target.name} after block`, request.detail);
  await context.close();
  return {
    calls: before.reduce((sum, request) => sum + request.methods.length, 0),
    http: before.length,
    methods,
    shownMs: shownAt - from,
    idleGetLogs,
    blockGetLogs,
  };
}

const ok = (row: Row) =>
  row.calls <= BUDGET.calls &&
  row.http <= BUDGET.http &&
  (row.n < 1_000 || row.shownMs <= BUDGET.ms) &&
  row.idleGetLogs === 0 &&
  row.blockGetLogs <= 1;

async function report() {
  const methods = (row: Row) =>
    Object.entries(row.methods)
      .map(([method, count]) => `${method}×${count}`)
      .join(", ");
  const lines = [
    "| Page | Deployed blocks ago | N | Calls until shown | HTTP until shown | Calls | Shown after | eth_getLogs idle 6 s | eth_getLogs per new block | Within budget |",
    "| --- | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: | --- |",
    ...rows.map(
      (row) =>
        `| ${row.page} | ${row.age.toLocaleString("en")} | ${row.n.toLocaleString("en")} | ${row.calls} | ${row.http} | ${methods(row)} | ${row.shownMs} ms | ${row.idleGetLogs} | ${row.blockGetLogs} | ${ok(row) ? "yes" : "**no**"} |`,
    ),
    "",
    `Budget: ≤ ${BUDGET.calls} JSON-RPC calls and ≤ ${BUDGET.http} HTTP requests until the list is on screen, the same at every age and N; ≤ ${BUDGET.ms} ms at N = 1,000 (records: from the Unlock click); no eth_getLogs while idle; at most one per contract per new block.`,
  ];
  await writeReport("reads", {
    title: "Reads as the deployment ages",
    about: `One chain whose head is 15,000,000 blocks past genesis, and builds of the app that believe the contracts were
deployed 0, 1,000,000 and 15,000,000 blocks before the head, with 10, 100 and 1,000 items per list. Each page is
loaded cold through the limits proxy (2,000-block logs, 100-call batches, 20 requests/s), the wallet connected;
the JSON-RPC traffic is counted from navigation until the list's newest entry is on screen (records: from the
Unlock click, a doctor then choosing the patient), then for 6 s idle, then after one block that changes the
page's contract.`,
    markdown: lines.join("\n"),
    data: rows,
  });
  console.log(lines.join("\n"));
}
