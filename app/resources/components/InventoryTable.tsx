import { useTranslation } from "react-i18next";
import { numberFormat } from "../../ui/format";
import type { ResourceView } from "../model";

export function InventoryTable({ resources }: { resources: ResourceView[] }) {
  const { t, i18n } = useTranslation();
  const count = (units: bigint) => numberFormat(i18n.language).format(units);
  if (resources.length === 0)
    return <p className="text-sm text-slate-500">{t("resources.inventory.empty")}</p>;
  return (
    <table className="w-full text-sm">
      <caption className="sr-only">{t("resources.inventory.title")}</caption>
      <thead className="text-left text-slate-600">
        <tr>
          <th className="py-1">{t("resources.inventory.resource")}</th>
          <th className="py-1 pl-3 text-right">{t("resources.inventory.total")}</th>
          <th className="py-1 pl-3 text-right">{t("resources.inventory.allocated")}</th>
          <th className="py-1 pl-3 text-right">{t("resources.inventory.available")}</th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {resources.map((resource) => (
          <tr key={resource.id} data-testid={`inventory-row-${resource.id}`}>
            <th scope="row" className="py-1.5 text-left font-medium">
              {resource.name} <span className="font-normal text-slate-500">({resource.unit})</span>
            </th>
            <td className="pl-3 text-right tabular-nums" data-column="total">
              {count(resource.total)}
            </td>
            <td className="pl-3 text-right tabular-nums" data-column="allocated">
              {count(resource.allocated)}
            </td>
            <td className="pl-3 text-right tabular-nums" data-column="available">
              {count(resource.available)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
