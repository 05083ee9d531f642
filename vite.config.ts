import path from "node:path";
import tailwindcss from "@tailwindcss/vite";
import react from "@vitejs/plugin-react";
import { defineConfig, type Plugin, parseAst } from "vite";
import { capabilityRoutes } from "./app/capabilities.ts";
import { precompressedAssets } from "./vite.precompressed.ts";

// The deploy step writes one JSON file per chain id here; e2e points it at its own throw-away chain's files.
const deploymentsDir = path.resolve(process.env.CARECHAIN_DEPLOYMENTS_DIR ?? "app/contracts/deployments");

/** Each route's pattern, its page module and its capability's words, from the capabilities' table. */
function routePages(): { pattern: string; modules: string[] }[] {
  return capabilityRoutes(process.env.VITE_DEV_TOOLS === "on").map(({ path: route, module, capability }) => ({
    pattern: `^${route.replace(/:[^/]+/g, "[^/]+")}/?$`,
    modules: [
      path.resolve("app", `${module}.tsx`),
      ...(capability.words ? [path.resolve("app", capability.name, "words/en.ts")] : []),
    ],
  }));
}

/**
 * For a visitor whose wallet the site remembers (they will see a page, not only the Connect button), the code of
 * the page they open downloads beside the first-load file instead of after it: a script in index.html adds its
 * chunks, and the pages' messages every page waits for, as modulepreload links. A first-time visitor gets none, so
 * nothing competes with the Connect button.
 */
function preloadRoutePage(): Plugin {
  let base = "/";
  return {
    name: "carechain:preload-route-page",
    apply: "build",
    configResolved: (config) => {
      base = config.base;
    },
    transformIndexHtml: {
      order: "post",
      handler(html, { bundle }) {
        if (!bundle) return;
        const chunks = Object.values(bundle).flatMap((output) => (output.type === "chunk" ? [output] : []));
        const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
        // What index.html loads anyway: the first-load file and the runtime it imports.
        const initial = new Set(
          [...html.matchAll(/(?:src|href)="[^"]*?(assets\/[^"]+)"/g)].map(([, file]) => file),
        );
        // A chunk and every chunk it imports, each once (shared chunks may import each other).
        const filesOf = (fileName: string, seen = new Set<string>()): string[] => {
          if (seen.has(fileName) || initial.has(fileName)) return [];
          seen.add(fileName);
          return [fileName, ...(byFile.get(fileName)?.imports ?? []).flatMap((file) => filesOf(file, seen))];
        };
        const chunkOf = (module: string) => {
          const chunk = chunks.find((candidate) => candidate.facadeModuleId?.startsWith(module));
          if (!chunk) throw new Error(`preload-route-page: no chunk for ${module}`);
          return chunk.fileName;
        };
        const messages = chunkOf(path.resolve("app/i18n/en/pages"));
        const routes = routePages().map(({ pattern, modules }) => [
          pattern,
          [...new Set([...modules.flatMap((module) => filesOf(chunkOf(module))), messages])].map(
            (file) => base + file,
          ),
        ]);
        const rainbowKit = chunks.find((chunk) =>
          chunk.facadeModuleId?.startsWith(path.resolve("app/shell/wallet/RainbowKitButton")),
        );
        if (!rainbowKit) throw new Error("preload-route-page: no chunk for RainbowKitButton");
        const wallet = {
          scripts: filesOf(rainbowKit.fileName).map((file) => base + file),
          styles: [...(rainbowKit.viteMetadata?.importedCss ?? [])].map((file) => base + file),
        };
        const script = `(${preloadRemembered.toString()})(${JSON.stringify(routes)}, ${JSON.stringify(wallet)})`;
        return [{ tag: "script", injectTo: "head", children: script }];
      },
    },
  };
}

/**
 * Runs in the page, from index.html. A remembered wallet: modulepreload links for the route's chunks, so that the
 * page and its data come first. A first visit: the wallet dialogs' code and styles instead, beside the first-load
 * file, since the first thing such a visitor does is tap Connect (app/shell/wallet/WalletButton.tsx).
 */
function preloadRemembered(routes: [string, string[]][], wallet: { scripts: string[]; styles: string[] }) {
  const add = (rel: string, href: string, kind: string, as?: string) => {
    const link = document.createElement("link");
    link.rel = rel;
    link.href = href;
    // As Vite's own preload links: a fetch in another CORS mode would not be reused, and would come twice.
    link.crossOrigin = "";
    if (as) link.as = as;
    link.dataset.preload = kind;
    document.head.append(link);
  };
  let remembered = false;
  try {
    remembered = Boolean(JSON.parse(localStorage.getItem("wagmi.store") ?? "{}").state?.current);
  } catch {
    // No storage, or not ours: a first visit.
  }
  if (!remembered) {
    for (const file of wallet.scripts) add("modulepreload", file, "wallet");
    for (const file of wallet.styles) add("preload", file, "wallet", "style");
    return;
  }
  const files = routes.find(([pattern]) => new RegExp(pattern).test(location.pathname))?.[1] ?? [];
  for (const file of files) add("modulepreload", file, "route");
}

/**
 * RainbowKit ships as one module, so importing its `connectorsForWallets` (which the wagmi config needs at start)
 * would put its whole UI in the first-load file, and a second copy of the module still keeps the top-level code
 * the build cannot prove unused (locales, browser detection, themes: about 64 KB gzip). In the build,
 * `virtual:rainbowkit-connectors` is that module cut down to `connectorsForWallets` and what it names (about
 * 3 KB); the button and dialogs load from the package itself after the page's first reads (app/shell/wallet). The
 * copy shares no state with the UI: it only turns the wallet list into wagmi connectors. The dev server serves the
 * package itself.
 */
function rainbowKitConnectorsApart(): Plugin {
  const id = "virtual:rainbowkit-connectors";
  let build = false;
  return {
    name: "carechain:rainbowkit-connectors-apart",
    enforce: "pre",
    configResolved: (config) => {
      build = config.command === "build";
    },
    async resolveId(source, importer) {
      if (source !== id) return;
      const resolved = await this.resolve("@rainbow-me/rainbowkit", importer, { skipSelf: true });
      if (!resolved) throw new Error(`${id}: @rainbow-me/rainbowkit not found`);
      return build ? `${resolved.id}?connectors` : resolved.id;
    },
    transform: {
      filter: { id: /\?connectors$/ },
      handler: (code) => ({ code: onlyExport(code, "connectorsForWallets"), map: null }),
    },
  };
}

type AstNode = { type: string; start: number; end: number; [key: string]: unknown };
type Named = { name: string };

/** The names a top-level statement declares, and how each is imported if it is an import. */
function declaredBy(node: AstNode, code: string): { name: string; importLine?: string }[] {
  if (node.type === "ImportDeclaration") {
    const from = JSON.stringify((node.source as { value: string }).value);
    return (node.specifiers as AstNode[]).map((spec) => {
      const name = (spec.local as Named).name;
      if (spec.type === "ImportNamespaceSpecifier")
        return { name, importLine: `import * as ${name} from ${from};` };
      const imported = spec.type === "ImportSpecifier" ? (spec.imported as Named).name : "default";
      return { name, importLine: `import { ${imported} as ${name} } from ${from};` };
    });
  }
  if (node.type === "FunctionDeclaration" || node.type === "ClassDeclaration")
    return [{ name: (node.id as Named).name }];
  if (node.type !== "VariableDeclaration") return [];
  return (node.declarations as { id: AstNode }[]).flatMap(({ id }) =>
    (code.slice(id.start, id.end).match(/[\w$]+/g) ?? []).map((name) => ({ name })),
  );
}

/**
 * The export `exported` of an ES module and only what it needs: the top-level declarations and imports its code
 * names, followed name by name. A word that merely looks like a name keeps a little too much, never too little.
 * Top-level statements (a property written onto a component, say) are dropped: fit for an export that, like
 * `connectorsForWallets`, is a plain function of its arguments (vite.config.test.ts checks it on RainbowKit).
 */
export function onlyExport(code: string, exported: string): string {
  const declarations = new Map<string, { node: AstNode; importLine?: string }>();
  for (const node of parseAst(code).body as unknown as AstNode[])
    for (const { name, importLine } of declaredBy(node, code)) declarations.set(name, { node, importLine });
  const kept = new Set<AstNode>();
  const importLines = new Set<string>();
  const pending = [exported];
  for (let name = pending.pop(); name !== undefined; name = pending.pop()) {
    const declaration = declarations.get(name);
    if (!declaration) continue;
    declarations.delete(name);
    if (declaration.importLine) importLines.add(declaration.importLine);
    else if (!kept.has(declaration.node)) {
      kept.add(declaration.node);
      pending.push(...(code.slice(declaration.node.start, declaration.node.end).match(/[\w$]+/g) ?? []));
    }
  }
  const body = [...kept].sort((a, b) => a.start - b.start).map((node) => code.slice(node.start, node.end));
  return [...importLines, ...body, `export { ${exported} };`].join("\n");
}

/**
 * Library code that only sending, signing and RainbowKit's dialogs use. Kept out of the chunk pages share, it
 * loads with those (app/tx/walletActions.ts, app/shell/wallet), and a page's first screen does not wait for it.
 */
const onlyWhenActing = [
  "@rainbow-me/",
  "@wagmi/core/dist/esm/actions/sign",
  "@wagmi/core/dist/esm/actions/simulate",
  "@wagmi/core/dist/esm/actions/verify",
  "@wagmi/core/dist/esm/actions/waitFor",
  "@wagmi/core/dist/esm/actions/write",
  "ua-parser-js/",
  "@noble/curves/",
  "viem/_esm/accounts/",
  "viem/_esm/actions/wallet/",
  "viem/_esm/actions/public/verify",
  "viem/_esm/actions/public/estimateGas",
  "viem/_esm/utils/authorization/",
  "viem/_esm/utils/signature/",
  "viem/_esm/utils/typedData",
  "ox/_esm/core/Authorization",
  "ox/_esm/core/Signature",
  "ox/_esm/core/Transaction",
  "ox/_esm/core/TxEnvelope",
  "ox/_esm/erc8010/",
];

const isOnlyWhenActing = (id: string) => {
  const file = id.replaceAll("\\", "/");
  return onlyWhenActing.some((path) => file.includes(`/node_modules/${path}`));
};

export default defineConfig({
  plugins: [react(), tailwindcss(), preloadRoutePage(), rainbowKitConnectorsApart(), precompressedAssets()],
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
              // The privacy checks (health-text detection) serve the forms' public fields alone.
              test: /node_modules[\\/](zod|react-hook-form|@hookform)[\\/]|app[\\/](ui[\\/]form|privacy)[\\/]|AddressInput/,
              priority: 3,
              // What the forms import (amounts, fields' frame) stays with the rest that pages share.
              includeDependenciesRecursively: false,
            },
            {
              name: "virtual-list",
              test: /node_modules[\\/]@tanstack[\\/](react-)?virtual|app[\\/]ui[\\/]VirtualList/,
              priority: 2,
            },
            // What two or more pages share, in one file rather than a dozen small ones fetched one wave at a time;
            // not what only acting needs (onlyWhenActing). Shared by RainbowKit's chunk, the wallet actions' and
            // the records page, that code would otherwise sit here, on the way to a patient's invoices.
            // Libraries shared by two or more chunks, apart from the pages' own shared code: RainbowKit's dialogs
            // use some (wagmi's hooks, react-query, viem's encoding), and the wallet list a first visitor taps Connect
            // for then does not wait for the pages' code.
            {
              name: "libs-shared",
              test: (id) => id.includes("node_modules") && !isOnlyWhenActing(id),
              minShareCount: 2,
              priority: 1,
              includeDependenciesRecursively: false,
            },
            {
              name: "pages-shared",
              test: (id) => !isOnlyWhenActing(id),
              minShareCount: 2,
              priority: 1,
              includeDependenciesRecursively: false,
            },
          ],
        },
      },
    },
  },
});
