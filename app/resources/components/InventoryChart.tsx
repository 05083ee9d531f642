import { memo, useRef } from "react";
import { useTranslation } from "react-i18next";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { ResourceView } from "../model";
import { useNoTabStopsIn } from "./useNoTabStopsIn";

/**
 * Share of each resource type allocated vs available: percentages, since beds and doses differ in scale. Drawn
 * again only when the resources change (memo), not each time the page's other reads land: at 1,000 history
 * entries, redrawing it with the history took about 0.1 s before the history's first row.
 */
export const InventoryChart = memo(function InventoryChart({ resources }: { resources: ResourceView[] }) {
  const { t } = useTranslation();
  const drawing = useRef<HTMLDivElement>(null);
  useNoTabStopsIn(drawing);
  const percent = (part: bigint, total: bigint) =>
    total === 0n ? 0 : Number((part * 10_000n) / total) / 100;
  const data = resources.map((resource) => ({
    name: resource.name,
    allocated: percent(resource.allocated, resource.total),
    available: percent(resource.available, resource.total),
    label: `${resource.allocated} / ${resource.total} ${resource.unit}`,
  }));
  return (
    <figure aria-labelledby="inventory-chart-caption" className="w-full" data-testid="inventory-chart">
      {/* Not navigable by key: the table beside it has every number, so the drawing leaves the Tab order. */}
      <div ref={drawing} className="h-64 w-full">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={data} layout="vertical" margin={{ left: 24, right: 16 }} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" domain={[0, 100]} unit="%" />
            <YAxis type="category" dataKey="name" width={140} />
            <Tooltip
              formatter={(value, name) => [`${value}%`, name]}
              labelFormatter={(name) => String(name)}
            />
            <Legend formatter={(value) => <span className="text-slate-700">{value}</span>} />
            <Bar
              dataKey="allocated"
              name={t("resources.inventory.allocated")}
              stackId="units"
              fill="#0f766e"
              isAnimationActive={false}
            />
            <Bar
              dataKey="available"
              name={t("resources.inventory.available")}
              stackId="units"
              fill="#5eead4"
              isAnimationActive={false}
            />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <figcaption id="inventory-chart-caption" className="mt-1 text-xs text-slate-600">
        {t("resources.inventory.chart")}
      </figcaption>
    </figure>
  );
});
