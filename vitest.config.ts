import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: [
      "app/**/*.test.ts",
      "bench/**/*.test.ts",
      "contracts/script/**/*.test.ts",
      "vite.config.test.ts",
    ],
    environment: "node",
  },
});
