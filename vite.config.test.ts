import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { onlyExport } from "./vite.config";

const module = `"use client";
import { used } from "a";
import { unused } from "b";
import * as ns from "c";
import fallback from "d";
var helper = (x) => used(x) ?? fallback;
var table = makeTable(JSON.parse(big));
var { os } = parser();
function wanted(y) { return helper(y) + ns.k; }
function other() { return os.name; }
other.Custom = table;
export { wanted, other };
`;

describe("onlyExport (the build's cut-down copy of RainbowKit)", () => {
  it("keeps the export, the declarations and imports it names, and drops the rest", () => {
    const kept = onlyExport(module, "wanted");
    expect(kept).toContain("function wanted(y)");
    expect(kept).toContain("var helper = (x) =>");
    expect(kept).toContain('import { used as used } from "a";');
    expect(kept).toContain('import * as ns from "c";');
    expect(kept).toContain('import { default as fallback } from "d";');
    for (const dropped of ["unused", "makeTable", "parser", "function other", "Custom", '"use client"'])
      expect(kept).not.toContain(dropped);
    expect(kept.trim().endsWith("export { wanted };")).toBe(true);
  });

  it("follows a name through the declarations that name it, and drops top-level statements", () => {
    const kept = onlyExport(module, "other");
    expect(kept).toContain("var { os } = parser();");
    expect(kept).not.toContain("Custom");
  });

  it("cuts RainbowKit's module to connectorsForWallets, without its locales or browser detection", () => {
    const require = createRequire(import.meta.url);
    const rainbowKit = readFileSync(require.resolve("@rainbow-me/rainbowkit"), "utf8");
    const kept = onlyExport(rainbowKit, "connectorsForWallets");
    expect(kept).toMatch(/var connectorsForWallets = /);
    expect(kept).not.toMatch(/ua-parser-js|\.\/chunk-|createContext|en_US/);
    expect(kept.length).toBeLessThan(rainbowKit.length / 20);
  });
});
