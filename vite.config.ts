import path from "node:path";
import tailwindcss from "@tailwindcss/vite";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// The deploy step writes one JSON file per chain id here; e2e points it at its own throw-away chain's files.
const deploymentsDir = path.resolve(process.env.CARECHAIN_DEPLOYMENTS_DIR ?? "app/contracts/deployments");

export default defineConfig({
  plugins: [react(), tailwindcss()],
  resolve: { alias: { "@deployments": deploymentsDir } },
  server: { host: "127.0.0.1", port: 5173, strictPort: false },
  // Scan every page up front: a dependency first met in a lazy page would otherwise force a reload in dev.
  optimizeDeps: { entries: ["index.html", "app/**/*.tsx"] },
  preview: { host: "127.0.0.1" },
  // Everything the first page needs statically in one file (left alone, about twenty small shared chunks, each a
  // request queued behind a phone browser's six connections); lazy pages keep their own chunks.
  build: {
    outDir: process.env.CARECHAIN_OUT_DIR ?? "dist",
    sourcemap: true,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: "app", tags: ["$initial"], priority: 4 },
            // Forms and virtual lists apart from the rest that pages share: a page without them (a patient's
            // invoices) does not download them on the way to its first screen.
            {
              name: "forms",
              test: /node_modules[\\/](zod|react-hook-form|@hookform)[\\/]|app[\\/]ui[\\/]form[\\/]|AddressInput/,
              priority: 3,
              // What the forms import (amounts, fields' frame) stays with the rest that pages share.
              includeDependenciesRecursively: false,
            },
            {
              name: "virtual-list",
              test: /node_modules[\\/]@tanstack[\\/](react-)?virtual|app[\\/]ui[\\/]VirtualList/,
              priority: 2,
            },
            // What two or more pages share, in one file rather than a dozen small ones fetched one wave at a time.
            { name: "pages-shared", minShareCount: 2, priority: 1 },
          ],
        },
      },
    },
  },
});
