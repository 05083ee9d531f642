import { http, type Transport } from "viem";
import { rpcProfiles, type SupportedChainId, supportedChains } from "./chains";
import { rateLimitedFetch } from "./rateLimitedFetch";

/**
 * One HTTP transport per chain, within its endpoint's limits: calls of the same moment travel as one batch of at most
 * `maxBatch` calls, no more than `requestsPerSecond` leave per second, and a 429 or a passing fault is retried with
 * backoff (after Retry-After when the endpoint gives one).
 */
export const transports = Object.fromEntries(
  supportedChains.map((chain) => {
    const profile = rpcProfiles[chain.id];
    return [
      chain.id,
      http(profile.url, {
        batch: { batchSize: profile.maxBatch, wait: 16 },
        retryCount: 5,
        retryDelay: 250,
        fetchFn: rateLimitedFetch(profile.requestsPerSecond),
      }),
    ];
  }),
) as Record<SupportedChainId, Transport>;
