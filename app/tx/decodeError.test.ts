import {
  BaseError,
  ContractFunctionExecutionError,
  ContractFunctionRevertedError,
  encodeErrorResult,
  getAddress,
  HttpRequestError,
  InsufficientFundsError,
  SwitchChainError,
  UserRejectedRequestError,
} from "viem";
import { describe, expect, it } from "vitest";
import { allCareChainErrors } from "../contracts/errors";
import { careRolesAbi } from "../contracts/generated/careRoles";
import { roleId } from "../contracts/roleIds";
import { decodeError } from "./decodeError";

const account = getAddress("0x70997970c51812dc3a010c7d01b50e0d17dc79c8");

function revert(data: `0x${string}`, functionName = "grantRole") {
  const cause = new ContractFunctionRevertedError({ abi: careRolesAbi, data, functionName });
  return new ContractFunctionExecutionError(cause, { abi: careRolesAbi, functionName, args: [] });
}

describe("decodeError", () => {
  it("names a custom error and passes its arguments by name, roles by their name", () => {
    const data = encodeErrorResult({
      abi: careRolesAbi,
      errorName: "AccessControlUnauthorizedAccount",
      args: [account, roleId("ADMIN")],
    });
    expect(decodeError(revert(data))).toEqual({
      key: "errors.contract.AccessControlUnauthorizedAccount",
      values: { account: "0x7099…79C8", neededRole: "ADMIN" },
    });
  });

  it("decodes an error without arguments", () => {
    const data = encodeErrorResult({ abi: careRolesAbi, errorName: "LastAdmin" });
    expect(decodeError(revert(data))).toEqual({ key: "errors.contract.LastAdmin", values: {} });
  });

  it("decodes raw revert data from another contract with the shared error list", () => {
    const data = encodeErrorResult({ abi: careRolesAbi, errorName: "ZeroAddress" });
    const cause = new ContractFunctionRevertedError({ abi: [], data, functionName: "somethingElse" });
    expect(decodeError(cause, allCareChainErrors).key).toBe("errors.contract.ZeroAddress");
  });

  it("keeps a plain require message as the reason", () => {
    const data = encodeErrorResult({
      abi: [{ type: "error", name: "Error", inputs: [{ name: "message", type: "string" }] }],
      errorName: "Error",
      args: ["not allowed"],
    });
    expect(decodeError(revert(data))).toEqual({ key: "errors.reverted", values: { reason: "not allowed" } });
  });

  it("recognises a rejection in the wallet, however deeply wrapped", () => {
    const wrapped = new BaseError("Request failed", {
      cause: new UserRejectedRequestError(new Error("denied")),
    });
    expect(decodeError(wrapped).key).toBe("errors.rejected");
    const byCode = new BaseError("x", { cause: Object.assign(new Error("denied"), { code: 4001 }) as never });
    expect(decodeError(byCode).key).toBe("errors.rejected");
  });

  it("recognises a wrong network, missing funds and an unreachable node", () => {
    expect(decodeError(new SwitchChainError(new Error("no"))).key).toBe("errors.wrongNetwork");
    expect(decodeError(new InsufficientFundsError()).key).toBe("errors.insufficientFunds");
    expect(decodeError(new HttpRequestError({ url: "http://127.0.0.1:8545" })).key).toBe(
      "errors.nodeUnreachable",
    );
    expect(decodeError(new TypeError("Failed to fetch")).key).toBe("errors.nodeUnreachable");
  });

  it("falls back to the error's own short message", () => {
    expect(decodeError(new BaseError("Something odd"))).toEqual({
      key: "errors.unknown",
      values: { message: "Something odd" },
    });
    expect(decodeError("weird")).toEqual({ key: "errors.unknown", values: { message: "weird" } });
  });
});
