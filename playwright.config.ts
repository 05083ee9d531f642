import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import { E2E_APP_URL } from "./e2e/fixtures/ports";

// The e2e build includes the developers' tools (the contract explorer) so that they are tested; a real production
// build leaves them out (bench/playwright.config.ts does).
process.env.VITE_DEV_TOOLS ??= "on";

// Debian's Chromium on CI and these machines; Playwright's own browser on a laptop that has installed it.
const systemChromium = "/usr/bin/chromium";

export default defineConfig({
  testDir: "e2e",
  globalSetup: "./e2e/fixtures/globalSetup.ts",
  // One chain for the whole run: tests are isolated by snapshot/revert, so they run one at a time.
  workers: 1,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  // Every journey on a desktop; the phone journeys (e2e/mobile.spec.ts) also on an iPhone and an Android phone, in
  // Chromium (Debian's): the viewports, touch and mobile layout are what is tested, not WebKit.
  projects: [
    { name: "desktop", testIgnore: "mobile.spec.ts" },
    {
      name: "iphone",
      testMatch: "mobile.spec.ts",
      use: {
        ...devices["iPhone 13"],
        defaultBrowserType: "chromium",
        browserName: "chromium",
        viewport: { width: 390, height: 664 },
      },
    },
    {
      name: "android",
      testMatch: ["mobile.spec.ts", "keyboard.spec.ts"],
      use: { ...devices["Galaxy S9+"], browserName: "chromium", viewport: { width: 360, height: 740 } },
    },
  ],
  use: {
    baseURL: E2E_APP_URL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: existsSync(systemChromium) ? systemChromium : undefined,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
});
