import path from "node:path";
import type { Browser, BrowserContextOptions } from "@playwright/test";
import { build, type PreviewServer, preview } from "vite";
import { repoRoot } from "../contracts/script/lib/paths";
import { E2E_APP_URL } from "../e2e/fixtures/ports";
import { connectWallet, test } from "../e2e/fixtures/test";
import { TestWallet } from "../e2e/fixtures/testWallet";
import { firstSight, type Moment } from "./lib/moments";
import { FAST_3G, type Network, profileOf } from "./lib/networks";
import { writeReport } from "./lib/report";

/**
 * Loading, cold, as a person meets it, measured in the page (performance.now() from navigation start) against the
 * baseline app (bench/baseline-app: RainbowKit + wagmi and one ConnectButton) in the same run, loads interleaved so
 * that the machine's noise falls on both alike. Unthrottled on a desktop, and on Chrome DevTools' own "Fast 3G"
 * preset on a phone profile. A control counts once it is visible and usable: on screen, enabled, not covered, its
 * code loaded; a person taps Connect the moment it shows and waits for the wallet list.
 * Budgets: Connect ≤ 1.2× the baseline unthrottled and ≤ 1.1× on Fast 3G (issues 14, 15); wallet list ≤ 1.0× the
 * baseline's (issue 32); a returning patient's first Pay button enabled ≤ 3.0 s on Fast 3G (issue 32).
 */
const LOADS = Number(process.env.BENCH_LOADS ?? 9);
const BASELINE_PORT = 4186;
const CONNECT_BUDGET: Record<Network, number> = { none: 1.2, "Fast 3G": 1.1 };
const WALLET_LIST_BUDGET = 1.0;
const PAY_ENABLED_BUDGET_MS = 3_000;

const LOAD_ABOUT = `Cold loads in headless Chromium (a fresh profile each: empty cache), stamped in the page (performance.now()
from navigation start), ours and the baseline app's (bench/baseline-app: RainbowKit + wagmi, one ConnectButton)
interleaved so that the machine's noise falls on both alike. "none": a desktop window, unthrottled. "Fast 3G":
Chrome DevTools' own preset (${FAST_3G.latency} ms round trip, ${(FAST_3G.downloadThroughput * 8) / 1e6} Mbps down,
${(FAST_3G.uploadThroughput * 8) / 1e3} kbps up, through Network.emulateNetworkConditions) on a Pixel 7 profile, CPU
not throttled. A control counts once it is visible and usable: on screen, enabled, not covered by anything, and its
click handled by loaded code. "Connect" is the first such Connect button; "wallet list" is a person tapping it the
moment it shows, until a wallet in the list can be tapped. "Pay enabled" is a patient whose wallet the site
remembers, opening /payments, until the first invoice's Pay button can be tapped.`;

type Row = { measure: string; network: Network; samples: number[]; median: number };
const rows: Row[] = [];

let baseline: PreviewServer;
test.beforeAll(async () => {
  await build({ configFile: path.join(repoRoot, "bench/baseline-app/vite.config.ts"), logLevel: "warn" });
  baseline = await preview({
    configFile: path.join(repoRoot, "bench/baseline-app/vite.config.ts"),
    preview: { port: BASELINE_PORT, strictPort: true },
    logLevel: "warn",
  });
});
test.afterAll(async () => {
  await new Promise<void>((resolve) => baseline.httpServer.close(() => resolve()));
  await report();
});

const median = (samples: number[]) =>
  [...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)] as number;

/** One cold load of `url` (a fresh context: empty cache), until every moment has been seen; their times. */
async function coldLoad(
  browser: Browser,
  url: string,
  network: Network,
  moments: Moment[],
  options: { storageState?: BrowserContextOptions["storageState"]; persona?: "carol" } = {},
) {
  const context = await browser.newContext({ ...profileOf(network), storageState: options.storageState });
  const page = await context.newPage();
  if (options.persona)
    await new TestWallet(page, options.persona, undefined, { alreadyAllowed: true }).install();
  if (network === "Fast 3G") {
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.emulateNetworkConditions", FAST_3G);
  }
  await page.addInitScript(firstSight, moments);
  await page.goto(url);
  const seen = () => (window as unknown as { __moments: Record<string, number> }).__moments;
  await page.waitForFunction(
    (count) => Object.keys((window as unknown as { __moments?: object }).__moments ?? {}).length === count,
    moments.length,
    { timeout: 60_000 },
  );
  const times = await page.evaluate(seen);
  await context.close();
  return times;
}

// In the page: a Connect button a person can tap, which the script then taps; a wallet in the dialog it opens.
const connect: Moment = { name: "connect", text: "Connect Wallet", tap: true };
const walletList: Moment = { name: "walletList", within: '[role="dialog"]', anyText: true, after: "connect" };
const payEnabled: Moment = { name: "pay", within: '[data-testid="my-invoices"]', textStarts: "Pay " };

for (const network of ["none", "Fast 3G"] as const) {
  test(`navigation → Connect → wallet list, ours against the baseline (${network})`, async ({ browser }) => {
    test.setTimeout(900_000);
    const samples = {
      ours: { connect: [] as number[], list: [] as number[] },
      base: { connect: [] as number[], list: [] as number[] },
    };
    for (let i = 0; i < LOADS; i++) {
      for (const [who, url] of [
        ["ours", `${E2E_APP_URL}/`],
        ["base", `http://127.0.0.1:${BASELINE_PORT}/`],
      ] as const) {
        const times = await coldLoad(browser, url, network, [connect, walletList]);
        samples[who].connect.push(times.connect as number);
        samples[who].list.push(times.walletList as number);
      }
    }
    for (const [who, label] of [
      ["ours", "CareChain"],
      ["base", "baseline"],
    ] as const) {
      rows.push(row(`Connect, ${label}`, network, samples[who].connect));
      rows.push(row(`Wallet list, ${label}`, network, samples[who].list));
    }
  });

  test(`a connected patient opens /payments: navigation → first Pay button enabled (${network})`, async ({
    browser,
  }) => {
    test.setTimeout(600_000);
    const context = await browser.newContext(profileOf(network));
    const page = await context.newPage();
    await new TestWallet(page, "carol").install();
    await page.goto(`${E2E_APP_URL}/`);
    await connectWallet(page);
    const storageState = await context.storageState();
    await context.close();
    const samples: number[] = [];
    for (let i = 0; i < 5; i++) {
      const times = await coldLoad(browser, `${E2E_APP_URL}/payments`, network, [payEnabled], {
        storageState,
        persona: "carol",
      });
      samples.push(times.pay as number);
    }
    rows.push(row("Pay enabled, a returning patient", network, samples));
  });
}

const row = (measure: string, network: Network, samples: number[]): Row => ({
  measure,
  network,
  samples,
  median: median(samples),
});

async function report() {
  const ms = (value: number) => `${Math.round(value)} ms`;
  const medianOf = (measure: string, network: Network) =>
    rows.find((row) => row.measure === measure && row.network === network)?.median;
  const lines = [
    "| Measure | Network | Median | Samples (ms) |",
    "| --- | --- | ---: | --- |",
    ...rows.map(
      (row) =>
        `| ${row.measure} | ${row.network} | ${ms(row.median)} | ${row.samples.map((sample) => Math.round(sample)).join(", ")} |`,
    ),
    "",
  ];
  const verdict = (value: number, budget: number) => (value <= budget ? "within budget" : "**over budget**");
  for (const network of ["none", "Fast 3G"] as const) {
    for (const [measure, budget] of [
      ["Connect", CONNECT_BUDGET[network]],
      ["Wallet list", WALLET_LIST_BUDGET],
    ] as const) {
      const ours = medianOf(`${measure}, CareChain`, network);
      const base = medianOf(`${measure}, baseline`, network);
      if (ours && base)
        lines.push(
          `- ${measure} (${network}): ${(ours / base).toFixed(2)}× the baseline (budget ≤ ${budget}×, ${verdict(ours / base, budget)}).`,
        );
    }
  }
  const pay = medianOf("Pay enabled, a returning patient", "Fast 3G");
  if (pay)
    lines.push(
      `- Pay enabled on Fast 3G: ${ms(pay)} (budget ≤ ${ms(PAY_ENABLED_BUDGET_MS)}, ${verdict(pay, PAY_ENABLED_BUDGET_MS)}).`,
    );
  await writeReport("load", {
    title: "Loading, as a person meets it",
    about: LOAD_ABOUT,
    markdown: lines.join("\n"),
    data: rows,
  });
  console.log(lines.join("\n"));
}
