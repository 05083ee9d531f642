import {
  ContractFunctionExecutionError,
  ContractFunctionRevertedError,
  HttpRequestError,
  parseAbi,
} from "viem";
import { describe, expect, it } from "vitest";
import { retryRead } from "./retryReads";

const abi = parseAbi(["function getInvoice(uint256) view returns (uint256)"]);

describe("retrying a failed read", () => {
  it("never retries a contract's revert: it is an answer", () => {
    const revert = new ContractFunctionExecutionError(
      new ContractFunctionRevertedError({
        abi,
        functionName: "getInvoice",
        message: "UnknownInvoice(99999)",
      }),
      { abi, functionName: "getInvoice", args: [99999n] },
    );
    expect(retryRead(0, revert)).toBe(false);
  });

  it("retries a node that did not answer, three times", () => {
    const down = new HttpRequestError({ url: "http://localhost:8545", status: 503 });
    expect([0, 1, 2, 3].map((count) => retryRead(count, down))).toEqual([true, true, true, false]);
  });
});
