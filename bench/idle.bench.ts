import type { Page } from "@playwright/test";
import type { PersonaKey } from "../contracts/script/lib/personas";
import { E2E_PROXY_URL } from "../e2e/fixtures/ports";
import { chain, expect, test } from "../e2e/fixtures/test";
import { hidePage } from "../e2e/fixtures/visibility";
import { writeReport } from "./lib/report";
import { type RpcTally, watchRpc } from "./lib/rpcLog";

/**
 * Idle on a chain that makes blocks: an open, connected page that nobody touches, while the chain mines a block
 * every 2 s (as a public L2 does). Counted: the HTTP requests the page sends to the node per block mined, while the
 * tab is in front and while another tab hides it. Budget: ≤ 1 request per block in front, 0 hidden.
 */
const BLOCK_SECONDS = 2;
const VISIBLE_MS = 60_000;
const HIDDEN_MS = 30_000;
/** Long enough for the page's first reads to finish and for it to learn the chain's pace. */
const SETTLE_MS = 10_000;
const BUDGET_PER_BLOCK = 1;

type Row = { page: string; blocks: number; visible: RpcTally; hiddenBlocks: number; hidden: RpcTally };
const rows: Row[] = [];

const PAGES: { page: string; persona: PersonaKey; path: string; shown: (page: Page) => Promise<void> }[] = [
  {
    page: "resources, as an administrator",
    persona: "ada",
    path: "/resources",
    shown: (page) => expect(page.getByRole("form", { name: "Allocate" })).toBeVisible(),
  },
  {
    page: "records, as a patient",
    persona: "carol",
    path: "/records",
    shown: (page) => expect(page.locator("h1")).toBeVisible(),
  },
  {
    page: "payments, as a patient",
    persona: "carol",
    path: "/payments",
    shown: (page) => expect(page.getByTestId("my-invoices")).toBeVisible(),
  },
];

/** The requests `page` sends in `ms`, and the blocks the chain made meanwhile. */
async function countFor(page: Page, ms: number): Promise<{ blocks: number; tally: RpcTally }> {
  const watch = watchRpc(page, E2E_PROXY_URL);
  const before = await chain.getBlockNumber();
  await page.waitForTimeout(ms);
  const tally = watch.stop();
  return { blocks: Number((await chain.getBlockNumber()) - before), tally };
}

test.describe.configure({ mode: "serial" });

for (const { page: name, persona, path, shown } of PAGES) {
  test(`idle: ${name}`, async ({ actAs }) => {
    test.setTimeout(VISIBLE_MS + HIDDEN_MS + SETTLE_MS + 60_000);
    const page = await actAs(persona, path);
    await shown(page);
    await chain.setAutomine(false);
    await chain.setIntervalMining({ interval: BLOCK_SECONDS });
    try {
      await page.waitForTimeout(SETTLE_MS);
      const visible = await countFor(page, VISIBLE_MS);
      await hidePage(page);
      const hidden = await countFor(page, HIDDEN_MS);
      rows.push({
        page: name,
        blocks: visible.blocks,
        visible: visible.tally,
        hiddenBlocks: hidden.blocks,
        hidden: hidden.tally,
      });
    } finally {
      await chain.setIntervalMining({ interval: 0 });
      await chain.setAutomine(true);
    }
  });
}

const methods = (tally: RpcTally) =>
  Object.entries(tally.methods)
    .map(([method, count]) => `${method} ${count}`)
    .join(", ") || "none";

test.afterAll(async () => {
  if (rows.length === 0) return;
  const lines = [
    `| Page | Blocks (in front) | HTTP requests | Per block | JSON-RPC calls | Hidden: blocks | Hidden: HTTP requests |`,
    "| --- | ---: | ---: | ---: | --- | ---: | ---: |",
    ...rows.map(
      (row) =>
        `| ${row.page} | ${row.blocks} | ${row.visible.httpRequests} | ${(row.visible.httpRequests / row.blocks).toFixed(2)} | ${methods(row.visible)} | ${row.hiddenBlocks} | ${row.hidden.httpRequests} |`,
    ),
    "",
    `Budget: ≤ ${BUDGET_PER_BLOCK} HTTP request per block with the tab in front; 0 while it is hidden.`,
  ];
  await writeReport("idle", {
    title: "An idle page on a chain that makes blocks",
    about: `On the e2e stack (the production build, through the limits proxy), a connected page that nobody touches, while
anvil mines a block every ${BLOCK_SECONDS} s. After ${SETTLE_MS / 1000} s to settle, the HTTP requests the page sends to the node are
counted for ${VISIBLE_MS / 1000} s with the tab in front (a JSON-RPC batch is one request), then for ${HIDDEN_MS / 1000} s while another tab of
the same window would be in front: the page is told it is hidden (\`document.visibilityState\` and the
visibilitychange event, as a browser tells it; headless Chromium never hides a tab itself). The blocks column is what the chain
mined in the same span.`,
    markdown: lines.join("\n"),
    data: rows,
  });
});
