import type { Abi, Address } from "viem";
import { eip5267Abi, erc20Abi, erc2612Abi } from "../chain/standardAbis";
import type { TokenDescription } from "../contracts/deployment";
import { paymentOf, type TokenFacts, type TokenPayment } from "./permit";

// symbol, decimals, name, then what decides how a permit is signed.
const FACTS = [
  [erc20Abi, "symbol"],
  [erc20Abi, "decimals"],
  [erc20Abi, "name"],
  [erc2612Abi, "version"],
  [erc2612Abi, "DOMAIN_SEPARATOR"],
  [eip5267Abi, "eip712Domain"],
  [erc2612Abi, "PERMIT_TYPEHASH"],
] as const;

/** The views a token is asked to describe itself; a token without one of them answers undefined there. */
export const tokenFactReads = (address: Address) =>
  FACTS.map(([abi, functionName]) => ({ address, abi: abi as Abi, functionName }));

/**
 * A token as the app shows and pays it, from its answers to `tokenFactReads` (in that order). The deploy step
 * records the deployment's tokens this way; the app reads any other token the same way.
 */
export function describeToken(
  address: Address,
  chainId: number,
  answers: readonly unknown[],
): TokenDescription {
  const [symbol, decimals, name, version, separator, domain, typehash] = answers;
  const payment = paymentOf(address, chainId, {
    name: name as string | undefined,
    version: version as string | undefined,
    domainSeparator: separator as TokenFacts["domainSeparator"],
    eip712Domain: domain as TokenFacts["eip712Domain"],
    permitTypehash: typehash as TokenFacts["permitTypehash"],
  });
  return {
    symbol: String(symbol ?? "?"),
    decimals: Number(decimals ?? 18),
    name: String(name ?? ""),
    ...(payment.kind === "permit" && { permitDomain: payment.domain }),
  };
}

export const paymentFor = ({ permitDomain }: TokenDescription): TokenPayment =>
  permitDomain ? { kind: "permit", domain: permitDomain } : { kind: "approve" };
