import { BaseError, ContractFunctionRevertedError } from "viem";

/** TanStack Query's own default: three more tries. */
const TRIES = 3;

/**
 * Whether a failed read is worth trying again. A contract that reverted has answered ("no such invoice"): asking
 * again only keeps a person waiting (5–15 s of retries before "does not exist"). A node that did not answer
 * (timeout, rate limit, network) may on the next try; the transport has already retried those quickly.
 */
export function retryRead(failureCount: number, error: unknown): boolean {
  const reverted =
    error instanceof BaseError &&
    error.walk((cause) => cause instanceof ContractFunctionRevertedError) !== null;
  return !reverted && failureCount < TRIES;
}
