import type { Chain } from "@rainbow-me/rainbowkit";
import { http, type Transport } from "viem";
import { baseSepolia, foundry, sepolia } from "viem/chains";

const env = import.meta.env;

/** anvil on this machine; its URL can be moved (e2e runs its own chain on another port). */
export const localChain = {
  ...foundry,
  name: "Local chain",
  rpcUrls: { default: { http: [env.VITE_LOCAL_RPC_URL ?? "http://127.0.0.1:8545"] } },
  iconUrl: "/favicon.svg",
  iconBackground: "#0f766e",
} as const satisfies Chain;

/**
 * The chains the app knows. To add one: import it from viem/chains here, give it a transport below, deploy with
 * `npm run deploy -- --rpc-url …` and commit the deployments file (see README).
 */
export const supportedChains = [localChain, sepolia, baseSepolia] as const;
export type SupportedChainId = (typeof supportedChains)[number]["id"];

// batch: every read issued in the same tick travels in one JSON-RPC request.
const batch = { batch: { wait: 16 } };

export const transports: Record<SupportedChainId, Transport> = {
  [localChain.id]: http(localChain.rpcUrls.default.http[0], batch),
  [sepolia.id]: http(env.VITE_SEPOLIA_RPC_URL || undefined, batch),
  [baseSepolia.id]: http(env.VITE_BASE_SEPOLIA_RPC_URL || undefined, batch),
};

export function chainName(chainId: number | undefined): string {
  return supportedChains.find((chain) => chain.id === chainId)?.name ?? `chain ${chainId ?? "?"}`;
}

export function rpcUrlOf(chainId: number): string | undefined {
  return supportedChains.find((chain) => chain.id === chainId)?.rpcUrls.default.http[0];
}
