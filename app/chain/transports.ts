import { http, type Transport } from "viem";
import { rpcProfiles, type SupportedChainId, supportedChains } from "./chains";
import { rateLimitedFetch } from "./rateLimitedFetch";

const byChain = <value>(make: (chainId: SupportedChainId) => value) =>
  Object.fromEntries(supportedChains.map((chain) => [chain.id, make(chain.id)])) as Record<
    SupportedChainId,
    value
  >;

// One rate limit per endpoint, whichever transport sends.
const fetchFns = byChain((chainId) => rateLimitedFetch(rpcProfiles[chainId].requestsPerSecond));
const options = (chainId: SupportedChainId) => ({
  retryCount: 5,
  retryDelay: 250,
  fetchFn: fetchFns[chainId],
});

/**
 * One HTTP transport per chain, within its endpoint's limits: calls of the same moment travel as one batch of at most
 * `maxBatch` calls, no more than `requestsPerSecond` leave per second, and a 429 or a passing fault is retried with
 * backoff (after Retry-After when the endpoint gives one).
 */
export const transports: Record<SupportedChainId, Transport> = byChain((chainId) => {
  const profile = rpcProfiles[chainId];
  return http(profile.url, { ...options(chainId), batch: { batchSize: profile.maxBatch, wait: 16 } });
});

/**
 * The same endpoints, under the same rate limit, without the batch window: a request leaves as soon as it is made.
 * Only for reads that are already gathered into one call (see readsNow).
 */
export const unbatchedTransports: Record<SupportedChainId, Transport> = byChain((chainId) =>
  http(rpcProfiles[chainId].url, options(chainId)),
);
