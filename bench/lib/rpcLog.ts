import type { Page, Request } from "@playwright/test";

export type RpcTally = { httpRequests: number; calls: number; methods: Record<string, number> };

/**
 * Counts the JSON-RPC traffic a page sends to one node, from Playwright's request log: HTTP requests (a batch is
 * one) and the calls inside them, by method. CORS preflights are not counted.
 */
export function watchRpc(page: Page, rpcUrl: string) {
  const batches: string[][] = [];
  const listener = (request: Request) => {
    if (request.method() !== "POST" || !request.url().startsWith(rpcUrl)) return;
    const body = request.postDataJSON() as { method: string } | { method: string }[];
    batches.push((Array.isArray(body) ? body : [body]).map((call) => call.method));
  };
  page.on("request", listener);
  return {
    stop(): RpcTally {
      page.off("request", listener);
      const methods: Record<string, number> = {};
      for (const method of batches.flat()) methods[method] = (methods[method] ?? 0) + 1;
      return { httpRequests: batches.length, calls: batches.flat().length, methods };
    },
  };
}
