/**
 * A fetch that sends at most `perSecond` requests in any second, queueing the rest: a public endpoint answers 429
 * past its limit, and a page that waits a few milliseconds is better than one that is refused.
 */
export function rateLimitedFetch(
  perSecond: number,
  baseFetch: typeof fetch = globalThis.fetch.bind(globalThis),
) {
  const sent: number[] = [];
  let queue = Promise.resolve();
  const slot = async () => {
    for (;;) {
      const now = Date.now();
      while (sent.length > 0 && (sent[0] as number) <= now - 1_000) sent.shift();
      if (sent.length < perSecond) {
        sent.push(now);
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, (sent[0] as number) + 1_000 - now));
    }
  };
  return (input: RequestInfo | URL, init?: RequestInit) => {
    const turn = queue.then(slot);
    queue = turn.catch(() => {});
    return turn.then(() => baseFetch(input, init));
  };
}
