import { type Address, domainSeparator, keccak256, toBytes } from "viem";
import { describe, expect, it } from "vitest";
import { EIP2612_PERMIT_TYPEHASH, paymentOf } from "./permit";

const token: Address = "0x5FbDB2315678afecb367f032d93F642f64180aa3";
const separator = (name: string, version: string) =>
  domainSeparator({ domain: { name, version, chainId: 84532, verifyingContract: token } });

describe("paymentOf", () => {
  it("signs under version 2 for a USDC-like token that says so through version()", () => {
    const payment = paymentOf(token, 84532, {
      name: "USD Coin",
      version: "2",
      domainSeparator: separator("USD Coin", "2"),
    });
    expect(payment).toEqual({
      kind: "permit",
      domain: { name: "USD Coin", version: "2", chainId: 84532, verifyingContract: token },
    });
  });

  it("reads the domain from EIP-5267 first", () => {
    const payment = paymentOf(token, 84532, {
      name: "Ignored",
      domainSeparator: separator("Euro Coin", "7"),
      eip712Domain: ["0x0f", "Euro Coin", "7", 84532n, token, `0x${"0".repeat(64)}`, []],
    });
    expect(payment).toMatchObject({ kind: "permit", domain: { version: "7" } });
  });

  it("tries the usual versions when a token has no version(): '1' for most, '2' for USDC", () => {
    expect(paymentOf(token, 84532, { name: "Dai", domainSeparator: separator("Dai", "1") })).toMatchObject({
      domain: { version: "1" },
    });
    expect(paymentOf(token, 84532, { name: "USDC", domainSeparator: separator("USDC", "2") })).toMatchObject({
      domain: { version: "2" },
    });
  });

  /** Third review, finding 8: Dai's permit has a domain like EIP-2612's, but another function and typehash. */
  it("pays a Dai-style permit token by approve then pay, and keeps EIP-2612 where the typehash says so", () => {
    const dai = keccak256(
      toBytes("Permit(address holder,address spender,uint256 nonce,uint256 expiry,bool allowed)"),
    );
    const facts = { name: "Dai Stablecoin", version: "1", domainSeparator: separator("Dai Stablecoin", "1") };
    expect(paymentOf(token, 84532, { ...facts, permitTypehash: dai })).toEqual({ kind: "approve" });
    expect(paymentOf(token, 84532, { ...facts, permitTypehash: EIP2612_PERMIT_TYPEHASH })).toMatchObject({
      kind: "permit",
    });
  });

  it("falls back to approve then pay without permit, or when no domain hashes to the token's own", () => {
    expect(paymentOf(token, 84532, { name: "Plain" })).toEqual({ kind: "approve" });
    expect(
      paymentOf(token, 84532, { name: "Odd", version: "1", domainSeparator: separator("Odd", "9") }),
    ).toEqual({ kind: "approve" });
  });
});
