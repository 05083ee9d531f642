import path from "node:path";
import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { precompressedAssets } from "../../vite.precompressed.ts";

const here = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  root: here,
  // Built and served as CareChain is (precompressed files), so that the two compare like for like.
  plugins: [react(), precompressedAssets()],
  build: { outDir: path.resolve(here, "../results/baseline-dist"), emptyOutDir: true, sourcemap: true },
});
