import { readFile } from "node:fs/promises";
import path from "node:path";
import { gzipSync } from "node:zlib";

export type FirstLoad = {
  js: { raw: number; gzip: number; files: string[] };
  css: { raw: number; gzip: number; files: string[] };
  /** npm packages whose code is in the first-load JS, from the source maps. */
  packages: Set<string>;
};

/**
 * What a browser downloads before the first paint of a built Vite app: the entry script, every module it
 * preloads, and the stylesheets linked from index.html. Lazy chunks are not counted.
 */
export async function measureFirstLoad(distDir: string): Promise<FirstLoad> {
  const html = await readFile(path.join(distDir, "index.html"), "utf8");
  const scripts = [
    ...html.matchAll(/<script[^>]+src="([^"]+\.js)"/g),
    ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+\.js)"/g),
  ].map((match) => match[1] as string);
  const styles = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+\.css)"/g)].map(
    (match) => match[1] as string,
  );
  const packages = new Set<string>();
  for (const file of scripts) {
    try {
      const map = JSON.parse(await readFile(path.join(distDir, `${file}.map`), "utf8")) as {
        sources: string[];
      };
      for (const source of map.sources) {
        const name = source.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)?.[1];
        if (name) packages.add(name);
      }
    } catch {
      // no source map: packages stay unknown for this file
    }
  }
  return { js: await sizes(distDir, scripts), css: await sizes(distDir, styles), packages };
}

async function sizes(distDir: string, files: string[]) {
  let raw = 0;
  let gzip = 0;
  for (const file of new Set(files)) {
    const bytes = await readFile(path.join(distDir, file));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { raw, gzip, files: [...new Set(files)] };
}
