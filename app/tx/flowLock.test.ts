import { describe, expect, it } from "vitest";
import { runOnce } from "./flowLock";

describe("runOnce", () => {
  it("runs one flow per subject at a time: a second start answers at once and does nothing", async () => {
    let steps = 0;
    let release: () => void = () => {};
    const flow = async () => {
      steps++;
      await new Promise<void>((resolve) => {
        release = resolve;
      });
      return "done";
    };
    const first = runOnce("invoice:10", flow, "busy");
    const second = await runOnce("invoice:10", flow, "busy");
    expect(second).toBe("busy");
    expect(await runOnce("invoice:11", async () => "other", "busy")).toBe("other");
    release();
    expect(await first).toBe("done");
    expect(steps).toBe(1);
    expect(await runOnce("invoice:10", async () => "again", "busy")).toBe("again");
  });

  it("frees the subject when the flow fails", async () => {
    await expect(runOnce("x", () => Promise.reject(new Error("no")), "busy")).rejects.toThrow("no");
    expect(await runOnce("x", async () => "ok", "busy")).toBe("ok");
  });
});
