import { defineConfig } from "@playwright/test";
import base from "../playwright.config";

// bench:reads builds its own stacks (a chain far ahead of the deployment, behind the limits proxy): no shared setup.
export default defineConfig({
  ...base,
  testDir: ".",
  testMatch: "reads.bench.ts",
  globalSetup: undefined,
  projects: undefined,
  reporter: [["list"]],
  timeout: 1_800_000,
});
