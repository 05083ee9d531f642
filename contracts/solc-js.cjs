#!/usr/bin/env node
// forge cannot download a native solc here, so it runs solc-js (npm `solc`) through this shim.
// forge only needs `--version` and `--standard-json` (input on stdin, output on stdout).
const fs = require("node:fs");
const path = require("node:path");
const solc = require("solc");

const args = process.argv.slice(2);

if (args.includes("--version")) {
  process.stdout.write(`solc, the solidity compiler commandline interface\nVersion: ${solc.version()}\n`);
  process.exit(0);
}

if (!args.includes("--standard-json")) {
  process.stderr.write("solc-js shim: only --version and --standard-json are supported\n");
  process.exit(1);
}

const baseIndex = args.indexOf("--base-path");
const basePath = baseIndex >= 0 ? args[baseIndex + 1] : process.cwd();

function findImport(importPath) {
  for (const candidate of [path.resolve(basePath, importPath), path.resolve(importPath)]) {
    if (fs.existsSync(candidate)) return { contents: fs.readFileSync(candidate, "utf8") };
  }
  return { error: `File not found: ${importPath}` };
}

const input = fs.readFileSync(0, "utf8");
process.stdout.write(solc.compile(input, { import: findImport }));
