import { type Address, domainSeparator, type Hex, keccak256, type TypedDataDomain, toBytes } from "viem";

/** EIP-2612's typed-data shape, which a permit signature commits to. */
export const PERMIT_TYPES = {
  Permit: [
    { name: "owner", type: "address" },
    { name: "spender", type: "address" },
    { name: "value", type: "uint256" },
    { name: "nonce", type: "uint256" },
    { name: "deadline", type: "uint256" },
  ],
} as const;

/** EIP-2612's permit typehash; a token that names another (Dai's holder/nonce/expiry/allowed) permits otherwise. */
export const EIP2612_PERMIT_TYPEHASH = keccak256(
  toBytes("Permit(address owner,address spender,uint256 value,uint256 nonce,uint256 deadline)"),
);

/** The typed data of an EIP-2612 permit for exactly `value`, under the token's own domain. */
export function permitTypedData(
  domain: TypedDataDomain,
  message: { owner: Address; spender: Address; value: bigint; nonce: bigint; deadline: bigint },
) {
  return { domain, types: PERMIT_TYPES, primaryType: "Permit", message } as const;
}

/** How an invoice in this token is paid: one permit signature under the token's own domain, or approve then pay. */
export type TokenPayment = { kind: "permit"; domain: TypedDataDomain } | { kind: "approve" };

/** What a token answers about itself (undefined where it has no such function). */
export type TokenFacts = {
  name?: string;
  version?: string;
  domainSeparator?: Hex;
  /** PERMIT_TYPEHASH(), where the token publishes it (USDC and Dai do; OpenZeppelin's tokens do not). */
  permitTypehash?: Hex;
  /** EIP-5267 eip712Domain(): (fields, name, version, chainId, verifyingContract, salt, extensions). */
  eip712Domain?: readonly [Hex, string, string, bigint, Address, Hex, readonly bigint[]];
};

/**
 * The EIP-712 domain a token checks permits against, or approve-then-pay when it has no permit. Tokens differ:
 * Circle's USDC signs under version "2", most others "1". The domain is read from the token (EIP-5267, else
 * name() and version()), and kept only if it hashes to the token's own DOMAIN_SEPARATOR(): a guessed domain would
 * make the wallet sign a permit the token refuses.
 */
export function paymentOf(token: Address, chainId: number, facts: TokenFacts): TokenPayment {
  if (!facts.domainSeparator) return { kind: "approve" };
  // A domain separator alone does not make EIP-2612: Dai has one, with permit(holder, spender, nonce, expiry,
  // allowed, …), which the payments contract cannot call. A published typehash decides.
  if (facts.permitTypehash && facts.permitTypehash.toLowerCase() !== EIP2612_PERMIT_TYPEHASH) {
    return { kind: "approve" };
  }
  const candidates: TypedDataDomain[] = [];
  if (facts.eip712Domain) {
    const [, name, version, domainChainId, verifyingContract] = facts.eip712Domain;
    candidates.push({ name, version, chainId: Number(domainChainId), verifyingContract });
  }
  if (facts.name !== undefined) {
    for (const version of [facts.version, "1", "2"]) {
      if (version !== undefined)
        candidates.push({ name: facts.name, version, chainId, verifyingContract: token });
    }
  }
  const expected = facts.domainSeparator.toLowerCase();
  const domain = candidates.find(
    (candidate) => domainSeparator({ domain: candidate }).toLowerCase() === expected,
  );
  return domain ? { kind: "permit", domain } : { kind: "approve" };
}
