import type { ReactNode, TdHTMLAttributes } from "react";

/**
 * A table on a wide screen, one card per row on a phone (below Tailwind's `sm`, 640 px): every cell on its own line
 * with its column's name before it, so nothing needs a sideways scroll and each row's action stays in view. One
 * markup for both, so screen readers meet the same table.
 */
export const stacked = {
  table: "block w-full text-sm sm:table",
  // Header cells keep apart however narrow the columns get (at 200 % zoom "Invoice" and "Service" ran together).
  head: "hidden sm:table-header-group [&_th]:pr-3",
  body: "block space-y-3 sm:table-row-group sm:space-y-0 sm:divide-y sm:divide-slate-100",
  row: "block rounded-md border border-slate-200 p-3 sm:table-row sm:rounded-none sm:border-0 sm:p-0",
  /** A row's title cell (a `th scope="row"`): the card's heading on a phone. */
  title: "block pb-1 text-left font-medium sm:table-cell sm:py-2 sm:pr-3",
};

const labelled =
  "flex items-baseline justify-between gap-3 py-1 text-right before:shrink-0 before:text-left before:text-xs before:font-medium before:text-slate-600 before:content-[attr(data-label)] sm:table-cell sm:py-2 sm:text-left sm:before:content-none";
const unlabelled = "block pt-2 sm:table-cell sm:py-2";

/** One cell; `label` (the column's name) is shown beside the value on a phone. Without it, the cell spans the card. */
export function Cell({
  label,
  className = "",
  children,
  ...rest
}: { label?: string; children?: ReactNode } & TdHTMLAttributes<HTMLTableCellElement>) {
  return (
    <td data-label={label} className={`${label ? labelled : unlabelled} ${className}`} {...rest}>
      {children}
    </td>
  );
}
