import { describe, expect, it } from "vitest";
import { gasBudgetRows } from "./gasBudgets";

describe("gas budgets", () => {
  it("every budgeted write in contracts/.gas-snapshot stays within its budget", () => {
    const rows = gasBudgetRows();
    expect(rows.filter((row) => row.now === undefined).map((row) => row.test)).toEqual([]);
    expect(
      rows.filter((row) => !row.met).map((row) => `${row.what}: ${row.now} against ${row.before}`),
    ).toEqual([]);
  });
});
