import type { Client } from "viem";
import type { RpcProfile } from "../../chain/chains";
import { getLogs } from "../../chain/logs";
import type { DeployedContract } from "../../contracts/deployment";
import { below, type EventWindow, withHead, withLogs, withOlder } from "./eventWindow";
import { currentWindow, historyKey, keepWindow, restoreWindow, saveWindow } from "./historyStore";

export type WindowSource = {
  client: Client;
  chainId: number;
  deployed: DeployedContract;
  profile: RpcProfile;
};

/** How many windows of the endpoint's range one step back in history reads at most. */
export const WINDOWS_PER_STEP = 5n;

const inFlight = new Map<string, Promise<EventWindow>>();

function once(key: string, work: () => Promise<EventWindow>): Promise<EventWindow> {
  const running = inFlight.get(key);
  if (running) return running;
  const started = work().finally(() => inFlight.delete(key));
  inFlight.set(key, started);
  return started;
}

/**
 * Brings the window of one contract up to `head`: what this browser kept, plus only the blocks since (the last
 * few re-read). With nothing kept, or when the keeping is too far behind to catch up in a few calls, it starts
 * afresh with the newest window of blocks: the read never depends on the age of the deployment.
 */
export function syncWindow({ client, chainId, deployed, profile }: WindowSource, head: bigint) {
  const key = historyKey(chainId, deployed);
  return once(key, async () => {
    const deployedAt = BigInt(deployed.blockNumber);
    let window = await restoreWindow(key);
    if (window && window.to > head) window = below(window, head);
    if (window && window.to >= head) {
      // Kept up to the head already (no block since the last visit): shown as it is, without a read.
      keepWindow(key, window);
      return window;
    }
    const address = deployed.address;
    if (!window || head - window.to > profile.maxLogRange * WINDOWS_PER_STEP) {
      const from = max(deployedAt, head - profile.maxLogRange + 1n);
      window = {
        from,
        to: head,
        logs: await getLogs(client, { address }, [from, head], profile.maxLogRange),
      };
    } else {
      const from = max(window.from, window.to + 1n - BigInt(profile.reorgDepth));
      window = withHead(
        window,
        await getLogs(client, { address }, [from, head], profile.maxLogRange),
        from,
        head,
      );
    }
    saveWindow(key, window);
    return window;
  });
}

/** Reads up to WINDOWS_PER_STEP windows further back, never before the deployment. */
export function loadOlder({ client, chainId, deployed, profile }: WindowSource) {
  const key = historyKey(chainId, deployed);
  return once(key, async () => {
    const window = currentWindow(key);
    const deployedAt = BigInt(deployed.blockNumber);
    if (!window || window.from <= deployedAt) throw new Error("nothing older to read");
    const from = max(deployedAt, window.from - profile.maxLogRange * WINDOWS_PER_STEP);
    const logs = await getLogs(
      client,
      { address: deployed.address },
      [from, window.from - 1n],
      profile.maxLogRange,
    );
    const older = withOlder(window, logs, from);
    saveWindow(key, older);
    return older;
  });
}

/** Adds the logs of blocks [from, to], all of them (the chain sync's), to a window that reaches that far. */
export function addHeadLogs(key: string, logs: EventWindow["logs"], from: bigint, to: bigint): boolean {
  const window = currentWindow(key);
  if (!window || window.to + 1n < from) return false;
  saveWindow(key, withHead(window, logs, from < window.from ? window.from : from, to));
  return true;
}

/** Adds a confirmed transaction's logs to the window at once, before the next sync reads their block. */
export function addReceiptLogs(key: string, logs: EventWindow["logs"]) {
  const window = currentWindow(key);
  if (window) saveWindow(key, withLogs(window, logs));
}

const max = (a: bigint, b: bigint) => (a > b ? a : b);
