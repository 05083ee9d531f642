import { type Address, domainSeparator } from "viem";
import { describe, expect, it } from "vitest";
import { describeToken, paymentFor, tokenFactReads } from "./tokenFacts";

const token: Address = "0x5FbDB2315678afecb367f032d93F642f64180aa3";
const domain = { name: "Test USD", version: "1", chainId: 84532, verifyingContract: token };

describe("describeToken", () => {
  it("describes a permit token so that the record survives JSON (the deployment file) and still pays by permit", () => {
    const answers = ["tUSD", 6, "Test USD", "1", domainSeparator({ domain }), undefined];
    const described = describeToken(token, 84532, answers);
    expect(described).toEqual({ symbol: "tUSD", decimals: 6, name: "Test USD", permitDomain: domain });
    const recorded = JSON.parse(JSON.stringify(described));
    expect(paymentFor(recorded)).toEqual({ kind: "permit", domain });
  });

  it("keeps EIP-5267's chain id as a number, not a bigint JSON cannot hold", () => {
    const eip712Domain = ["0x0f", "Test USD", "1", 84532n, token, `0x${"0".repeat(64)}`, []];
    const described = describeToken(token, 84532, [
      "tUSD",
      6,
      "Test USD",
      undefined,
      domainSeparator({ domain }),
      eip712Domain,
    ]);
    expect(described.permitDomain?.chainId).toBe(84532);
  });

  it("pays a token without permit by approval, and falls back where a token did not answer", () => {
    const described = describeToken(token, 84532, [
      "PLAIN",
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect(described).toEqual({ symbol: "PLAIN", decimals: 18, name: "" });
    expect(paymentFor(described)).toEqual({ kind: "approve" });
  });

  it("asks the token the seven views describeToken reads, in its order", () => {
    expect(tokenFactReads(token).map((read) => read.functionName)).toEqual([
      "symbol",
      "decimals",
      "name",
      "version",
      "DOMAIN_SEPARATOR",
      "eip712Domain",
      "PERMIT_TYPEHASH",
    ]);
  });
});
