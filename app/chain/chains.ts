import type { Chain } from "@rainbow-me/rainbowkit";
import type { Address } from "viem";
import { baseSepolia, foundry, sepolia } from "viem/chains";

const env = import.meta.env;

/** Multicall3's address on every public chain; the local stack puts the same code there (npm run dev, e2e). */
const MULTICALL3: Address = "0xcA11bde05977b3631167028862bE2a173976CA11";

/** anvil on this machine; its URL can be moved (e2e runs its own chain, behind a rate-limiting proxy). */
export const localChain = {
  ...foundry,
  name: "Local chain",
  rpcUrls: { default: { http: [env.VITE_LOCAL_RPC_URL ?? "http://127.0.0.1:8545"] } },
  contracts: { multicall3: { address: MULTICALL3 } },
  iconUrl: "/favicon.svg",
  iconBackground: "#0f766e",
} as const satisfies Chain;

/**
 * The chains the app knows. To add one: import it from viem/chains here, give it an RPC profile below, deploy with
 * `npm run deploy -- --rpc-url …` and commit the deployments file (see README).
 */
export const supportedChains = [localChain, sepolia, baseSepolia] as const;
export type SupportedChainId = (typeof supportedChains)[number]["id"];

/**
 * What one chain's RPC endpoint allows, and how often it makes blocks. Public endpoints cap the block range of
 * eth_getLogs, the calls in one batch and the requests per second; every read of the app stays within these.
 */
export type RpcProfile = {
  url: string | undefined;
  /** The endpoint's WebSocket, where it offers one: new heads then come by eth_subscribe instead of a poll. */
  wsUrl: string | undefined;
  /** Most blocks one eth_getLogs may span. */
  maxLogRange: bigint;
  /** Most calls in one JSON-RPC batch. */
  maxBatch: number;
  /** Requests per second the app sends at most (below the endpoint's own limit). */
  requestsPerSecond: number;
  /** Time between blocks: the head is polled at this pace, and receipts at half of it. */
  blockTimeMs: number;
  /** Blocks re-read on every sync, so that a reorganisation cannot leave a stale entry. */
  reorgDepth: number;
};

const number = (value: string | undefined, fallback: number) => (value ? Number(value) : fallback);

export const rpcProfiles: Record<SupportedChainId, RpcProfile> = {
  // anvil mines on arrival unless started with --block-time; the e2e proxy enforces the public limits below.
  [localChain.id]: {
    url: localChain.rpcUrls.default.http[0],
    wsUrl: env.VITE_LOCAL_WS_URL || undefined,
    maxLogRange: BigInt(number(env.VITE_LOCAL_MAX_LOG_RANGE, 2_000)),
    maxBatch: 100,
    requestsPerSecond: 15,
    blockTimeMs: number(env.VITE_LOCAL_BLOCK_TIME_MS, 1_000),
    reorgDepth: 2,
  },
  [sepolia.id]: {
    url: env.VITE_SEPOLIA_RPC_URL || undefined,
    wsUrl: env.VITE_SEPOLIA_WS_URL || undefined,
    maxLogRange: 1_000n,
    maxBatch: 50,
    requestsPerSecond: 8,
    blockTimeMs: 12_000,
    reorgDepth: 3,
  },
  [baseSepolia.id]: {
    url: env.VITE_BASE_SEPOLIA_RPC_URL || undefined,
    wsUrl: env.VITE_BASE_SEPOLIA_WS_URL || undefined,
    maxLogRange: 2_000n,
    maxBatch: 50,
    requestsPerSecond: 8,
    blockTimeMs: baseSepolia.blockTime,
    reorgDepth: 10,
  },
};

export function rpcProfileOf(chainId: number): RpcProfile {
  return rpcProfiles[chainId as SupportedChainId] ?? rpcProfiles[localChain.id];
}

export function chainName(chainId: number | undefined): string {
  return supportedChains.find((chain) => chain.id === chainId)?.name ?? `chain ${chainId ?? "?"}`;
}

export function rpcUrlOf(chainId: number): string | undefined {
  return (
    rpcProfileOf(chainId).url ??
    supportedChains.find((chain) => chain.id === chainId)?.rpcUrls.default.http[0]
  );
}
