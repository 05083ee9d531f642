import { useTranslation } from "react-i18next";
import type { ResourceView } from "../model";

export function InventoryTable({ resources }: { resources: ResourceView[] }) {
  const { t } = useTranslation();
  if (resources.length === 0)
    return <p className="text-sm text-slate-500">{t("resources.inventory.empty")}</p>;
  return (
    <table className="w-full text-sm">
      <thead className="text-left text-slate-600">
        <tr>
          <th className="py-1">{t("resources.inventory.resource")}</th>
          <th className="py-1 text-right">{t("resources.inventory.total")}</th>
          <th className="py-1 text-right">{t("resources.inventory.allocated")}</th>
          <th className="py-1 text-right">{t("resources.inventory.available")}</th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {resources.map((resource) => (
          <tr key={resource.id} data-testid={`inventory-row-${resource.id}`}>
            <th scope="row" className="py-1.5 text-left font-medium">
              {resource.name} <span className="font-normal text-slate-500">({resource.unit})</span>
            </th>
            <td className="text-right tabular-nums" data-column="total">
              {resource.total.toString()}
            </td>
            <td className="text-right tabular-nums" data-column="allocated">
              {resource.allocated.toString()}
            </td>
            <td className="text-right tabular-nums" data-column="available">
              {resource.available.toString()}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
