import { devices } from "@playwright/test";

export type Network = "none" | "Fast 3G";

/**
 * Chrome DevTools' own "Fast 3G" preset, as DevTools and Puppeteer's PredefinedNetworkConditions define it: the
 * nominal 150 ms and 1.6 Mbps / 750 kbps, adjusted by DevTools' factors (round trip × 3.75, throughput × 0.9) so
 * that a packet-level emulation matches the network it names: 562.5 ms, 1.44 Mbps down, 675 kbps up.
 */
export const FAST_3G = {
  offline: false,
  latency: 150 * 3.75,
  downloadThroughput: ((1.6 * 1000 * 1000) / 8) * 0.9,
  uploadThroughput: ((750 * 1000) / 8) * 0.9,
};

/** The browser a measure runs in: a desktop window unthrottled, a phone (Pixel 7) on a throttled network. */
export function profileOf(network: Network) {
  if (network === "none") return {};
  const { defaultBrowserType: _, ...phone } = devices["Pixel 7"];
  return phone;
}
