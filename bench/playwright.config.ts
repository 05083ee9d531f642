import { defineConfig } from "@playwright/test";
import base from "../playwright.config";

// Measured as people get it: a production build, without the developers' tools.
process.env.VITE_DEV_TOOLS = "off";

// The e2e stack (fresh anvil, deploy, seed, production build), driven for measurements rather than assertions.
export default defineConfig({
  ...base,
  testDir: ".",
  testMatch: ["latency.bench.ts", "load.bench.ts", "idle.bench.ts"],
  globalSetup: "../e2e/fixtures/globalSetup.ts",
  projects: undefined,
  reporter: [["list"]],
  timeout: 120_000,
});
