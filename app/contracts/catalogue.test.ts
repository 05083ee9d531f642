import { readFileSync } from "node:fs";
import path from "node:path";
import type { Abi } from "viem";
import { describe, expect, it } from "vitest";
import { enPages } from "../i18n/en/pages";
import { zhPages } from "../i18n/zh-CN/pages";
import { contractAbis, testTokenAbis } from "./generated/abis";
import { contractNames, testTokenNames } from "./generated/catalogue";

/**
 * The catalogue is generated from the forge build: a contract or an error added in Solidity appears in it by itself.
 * These checks fail until its wiring follows: the access matrix tries its every function as every role, the deploy
 * script deploys it, and every error it can raise is worded in every language.
 */
const source = (file: string) => readFileSync(path.resolve(__dirname, "../..", file), "utf8");

describe("the contract catalogue", () => {
  const all = [...contractNames, ...testTokenNames];

  it("puts every contract under the access matrix", () => {
    const matrix = source("contracts/test/AccessMatrix.t.sol");
    for (const name of all) expect(matrix, name).toContain(`checkCovered("${name}"`);
  });

  it("has the deploy script deploy every CareChain contract", () => {
    const deploy = source("contracts/script/Deploy.s.sol");
    for (const name of all) expect(deploy, name).toMatch(new RegExp(`new ${name}\\(`));
  });

  it("words every custom error of every contract in every language", () => {
    const errors = [...Object.values(contractAbis), ...Object.values(testTokenAbis)].flatMap((abi) =>
      (abi as Abi).flatMap((item) => (item.type === "error" ? [item.name] : [])),
    );
    expect(errors.length).toBeGreaterThan(40);
    for (const [language, messages] of [
      ["en", enPages.errors.contract],
      ["zh-CN", zhPages.errors.contract],
    ] as const) {
      const missing = [...new Set(errors)].filter((name) => !(name in messages));
      expect(missing, `errors without words in ${language}`).toEqual([]);
    }
  });
});
