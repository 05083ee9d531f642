import { type ContractName, contractNames } from "../../contracts/contractNames";

/**
 * Query keys of every chain read. A read lives under the scope whose changes can alter it: a CareChain contract
 * by name, "tokens" (ERC-20 facts) or "wallet" (the connected account's balances). A new block with logs of a
 * contract, or a confirmed transaction to it, refreshes that scope only; point lookups of past logs ("logs") never
 * change and are not refreshed.
 */
export type ReadScope = ContractName | "tokens" | "wallet";

export const readKey = (chainId: number, scope: ReadScope, ...rest: unknown[]) =>
  ["read", chainId, scope, ...rest] as const;

export const scopeKey = (chainId: number, scope: ReadScope) => ["read", chainId, scope] as const;

export const logsKey = (chainId: number, contract: ContractName, ...rest: unknown[]) =>
  ["logs", chainId, contract, ...rest] as const;

/**
 * The scopes a change to `contract` can alter. A role change reaches every contract (consent statuses, verified
 * directory entries, payable invoices); a payment moves tokens and the wallet's balances.
 */
export function scopesTouchedBy(contract: ContractName): ReadScope[] {
  if (contract === "CareRoles") return [...contractNames];
  if (contract === "ServicePayments") return ["ServicePayments", "tokens", "wallet"];
  return [contract];
}
