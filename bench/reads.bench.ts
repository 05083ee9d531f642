import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Page } from "@playwright/test";
import { repoRoot } from "../contracts/script/lib/paths";
import { e2eDeployment } from "../e2e/fixtures/deployment";
import { E2E_RPC_URL } from "../e2e/fixtures/ports";
import { ACCOUNT, chain, expect, test } from "../e2e/fixtures/test";
import { addAllocations, recordWriter } from "./lib/grow";
import { clickToListShown, listShownAt, watchListShown } from "./lib/listTiming";
import { type RpcTally, watchRpc } from "./lib/rpcLog";

/**
 * Reads as data grows: the records timeline and the resource history with N = 10, 100 and 1,000 items on the local
 * chain. For each, the JSON-RPC traffic from the page load until the list is on screen (Playwright's request log)
 * and the time until it is (stamped in the page). Budget: ≤ 6 HTTP requests, flat in N; ≤ 1 s at N = 1,000.
 */
const SIZES = [10, 100, 1_000];
const MAX_REQUESTS = 6;
const MAX_MS = 1_000;
type Row = { list: string; n: number; shownMs: number; rpc: RpcTally };
const rows: Row[] = [];

test.describe.configure({ mode: "serial", timeout: 600_000 });

/** Counts the node traffic while `action` runs; returns both. */
async function counting<T>(page: Page, action: () => Promise<T>): Promise<[T, RpcTally]> {
  const rpc = watchRpc(page, E2E_RPC_URL);
  const result = await action();
  return [result, rpc.stop()];
}

test("resource history", async ({ actAs }) => {
  const address = e2eDeployment().contracts.ResourceAllocation.address;
  let added = 0;
  for (const n of SIZES) {
    await addAllocations(ACCOUNT.admin, n - added);
    added = n;
    const total = (await chain.getLogs({ address, fromBlock: 0n })).length;
    const page = await actAs(ACCOUNT.admin, "/");
    await watchListShown(page, "allocation-history", total);
    const list = `resource history (${total} entries)`;
    const [fromMenu, menuRpc] = await counting(page, () =>
      clickToListShown(page, () => page.getByRole("link", { name: "Resources" }).click()),
    );
    rows.push({ list: `${list}, opened from the menu`, n, shownMs: fromMenu, rpc: menuRpc });
    const [fromLoad, loadRpc] = await counting(page, async () => {
      await page.reload();
      return listShownAt(page);
    });
    rows.push({ list: `${list}, page load`, n, shownMs: fromLoad, rpc: loadRpc });
    await page.context().close();
  }
});

test("records timeline", async ({ actAs }) => {
  const writeRecords = await recordWriter(ACCOUNT.doctorAlice, ACCOUNT.patientCarol);
  let written = 0;
  for (const n of SIZES) {
    await writeRecords(n - written);
    written = n;
    const page = await actAs(ACCOUNT.patientCarol, "/records");
    await watchListShown(page, "timeline", n);
    const [shownMs, rpc] = await counting(page, async () => {
      await page.reload();
      const unlock = page.getByRole("button", { name: "Unlock my records" });
      await expect(unlock).toBeEnabled();
      return clickToListShown(page, () => unlock.click());
    });
    rows.push({ list: "records timeline, page load then Unlock (time from the click)", n, shownMs, rpc });
    await page.context().close();
  }
});

const withinBudget = (row: Row) =>
  row.rpc.httpRequests <= MAX_REQUESTS && (row.n < 1_000 || row.shownMs <= MAX_MS);

test.afterAll(async () => {
  const methods = (tally: RpcTally) =>
    Object.entries(tally.methods)
      .map(([method, count]) => `${method}×${count}`)
      .join(", ");
  const lines = [
    "| List | N | On screen | HTTP requests | JSON-RPC calls | Calls | Within budget |",
    "| --- | ---: | ---: | ---: | ---: | --- | --- |",
    ...rows.map(
      (row) =>
        `| ${row.list} | ${row.n} | ${Math.round(row.shownMs)} ms | ${row.rpc.httpRequests} | ${row.rpc.calls} | ${methods(row.rpc)} | ${withinBudget(row) ? "yes" : "**no**"} |`,
    ),
    "",
    `Budget: ≤ ${MAX_REQUESTS} requests, flat in N; ≤ ${MAX_MS} ms at N = 1,000. Requests counted from the page load until the list is on screen.`,
  ];
  const dir = path.join(repoRoot, "bench/results");
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, "reads.md"), `${lines.join("\n")}\n`);
  await writeFile(path.join(dir, "reads.json"), `${JSON.stringify(rows, null, 2)}\n`);
  console.log(lines.join("\n"));
});
