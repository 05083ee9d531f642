import { describe, expect, it } from "vitest";
import { statusOf } from "./invoices";

const now = 1_800_000_000;

describe("statusOf", () => {
  it("calls an open invoice overdue once its due date has passed", () => {
    expect(statusOf({ status: 1, dueDate: BigInt(now + 60), refunded: 0n }, now)).toBe("open");
    expect(statusOf({ status: 1, dueDate: BigInt(now - 60), refunded: 0n }, now)).toBe("overdue");
  });

  it("tells a partly refunded invoice from a paid and a fully refunded one", () => {
    expect(statusOf({ status: 2, dueDate: 0n, refunded: 0n }, now)).toBe("paid");
    expect(statusOf({ status: 2, dueDate: 0n, refunded: 5n }, now)).toBe("partlyRefunded");
    expect(statusOf({ status: 4, dueDate: 0n, refunded: 5n }, now)).toBe("refunded");
    expect(statusOf({ status: 3, dueDate: 0n, refunded: 0n }, now)).toBe("cancelled");
  });
});
