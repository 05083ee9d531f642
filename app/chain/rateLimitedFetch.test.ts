import { describe, expect, it } from "vitest";
import { rateLimitedFetch } from "./rateLimitedFetch";

describe("rateLimitedFetch", () => {
  it("sends at most the limit in any second and queues the rest, in order", async () => {
    const times: number[] = [];
    const fake = (async (input: RequestInfo | URL) => {
      times.push(Date.now());
      return new Response(String(input));
    }) as typeof fetch;
    const limited = rateLimitedFetch(3, fake);
    const start = Date.now();
    const bodies = await Promise.all(
      Array.from({ length: 7 }, (_, i) => limited(`r${i}`).then((response) => response.text())),
    );
    expect(bodies).toEqual(["r0", "r1", "r2", "r3", "r4", "r5", "r6"]);
    for (let i = 3; i < times.length; i++) {
      expect((times[i] as number) - (times[i - 3] as number)).toBeGreaterThanOrEqual(995);
    }
    expect(Date.now() - start).toBeGreaterThanOrEqual(1_990);
  });
});
