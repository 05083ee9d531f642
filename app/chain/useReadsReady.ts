import { useAccount } from "wagmi";

/**
 * Whether the page may start reading: not while the wallet is still reconnecting on load. A page's first reads all
 * depend on who is connected; waiting these few milliseconds lets them leave together, in one request, instead of
 * one request without the account and another with it.
 */
export function useReadsReady(): boolean {
  const { status } = useAccount();
  return status !== "reconnecting" && status !== "connecting";
}
