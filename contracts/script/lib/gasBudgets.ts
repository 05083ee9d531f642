import { readFileSync } from "node:fs";
import path from "node:path";
import { contractsDir } from "./paths";

type Budget = { test: string; what: string; before: number; budget: number };
export type BudgetRow = Budget & { now: number | undefined; change: number | undefined; met: boolean };

/** contracts/.gas-snapshot (forge's measure, checked by `npm test`) against contracts/gas-budgets.json. */
export function gasBudgetRows(): BudgetRow[] {
  const snapshot = new Map(
    [
      ...readFileSync(path.join(contractsDir, ".gas-snapshot"), "utf8").matchAll(/^(\S+) \(gas: (\d+)\)$/gm),
    ].map(([, test, gas]) => [test as string, Number(gas)]),
  );
  const { budgets } = JSON.parse(readFileSync(path.join(contractsDir, "gas-budgets.json"), "utf8")) as {
    budgets: Budget[];
  };
  return budgets.map((budget) => {
    const now = snapshot.get(budget.test);
    const change = now === undefined ? undefined : now / budget.before - 1;
    return { ...budget, now, change, met: change !== undefined && change <= budget.budget };
  });
}

export function gasBudgetTable(rows: BudgetRow[]): string {
  const pct = (value: number) => `${value >= 0 ? "+" : "−"}${Math.abs(value * 100).toFixed(1)}%`;
  return [
    "| Call (forge gas test) | Before | Now | Change | Budget |",
    "| --- | ---: | ---: | ---: | --- |",
    ...rows.map(
      (row) =>
        `| ${row.what} | ${row.before.toLocaleString("en")} | ${row.now?.toLocaleString("en") ?? "missing"} | ${row.change === undefined ? "—" : pct(row.change)} | ≤ +${row.budget * 100}%: ${row.met ? "met" : "**over**"} |`,
    ),
  ].join("\n");
}
