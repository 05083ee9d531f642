import path from "node:path";
import sirv from "sirv";
import type { Plugin } from "vite";
import { compression } from "vite-plugin-compression2";

/**
 * The build as a static host serves it: each file is also written brotli- and gzip-compressed beside itself
 * (`.br`, `.gz`, at the highest levels, once per build rather than per request), and `vite preview` sends the
 * smallest one the browser accepts. Brotli takes about 15% off gzip: on a phone's slow link, the 210 KB of a
 * page's first code arrive about 0.15 s sooner. Hosts that compress on their own serve the same bytes; for the
 * others, README › Deploying says how to serve these files.
 */
export function precompressedAssets(): Plugin[] {
  return [
    compression({ algorithms: ["brotliCompress", "gzip"], logLevel: "silent" }),
    {
      name: "carechain:serve-precompressed",
      // Ahead of vite preview's own middleware, which would gzip each response again, at a lower level.
      configurePreviewServer(server) {
        const outDir = path.resolve(server.config.root, server.config.build.outDir);
        server.middlewares.use(sirv(outDir, { brotli: true, gzip: true, dev: true, extensions: [] }));
      },
    },
  ];
}
