import { type Chain, createClient, webSocket } from "viem";
import { watchBlockHeaders } from "viem/actions";
import type { Sighting } from "./blockPace";

/**
 * New heads pushed by an endpoint's WebSocket (`eth_subscribe` to "newHeads"): no poll at all, and each head comes
 * with its timestamp. `onLost` is told when the subscription fails for good (viem reconnects a dropped socket a few
 * times first), so that the caller can poll again. Returns the way to stop.
 */
export function subscribeHeads(
  chain: Chain,
  wsUrl: string,
  onHead: (head: Sighting) => void,
  onLost: (error: Error) => void,
): () => void {
  const client = createClient({ chain, transport: webSocket(wsUrl, { reconnect: { attempts: 3 } }) });
  return watchBlockHeaders(client, {
    onBlockHeader: (header) => {
      if (header.number !== null) onHead({ number: header.number, timestamp: header.timestamp });
    },
    onError: onLost,
  });
}
