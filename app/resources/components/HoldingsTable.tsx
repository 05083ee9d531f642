import { useTranslation } from "react-i18next";
import { PartyName } from "../../directory/PartyName";
import { ActsOn } from "../../ui/ActsOn";
import { Button } from "../../ui/Button";
import { numberFormat } from "../../ui/format";
import { Cell, stacked } from "../../ui/StackedTable";
import type { Inventory } from "../model";

/** What each facility holds of each resource type; administrators can deactivate and reactivate facilities. */
export function HoldingsTable({
  inventory,
  canManage,
  onSetActive,
  busy,
}: {
  inventory: Inventory;
  canManage: boolean;
  onSetActive: (facilityId: number, active: boolean) => void;
  busy: boolean;
}) {
  const { t, i18n } = useTranslation();
  const { holdings, window } = inventory;
  const resources = inventory.resources.slice(...window.typeIds);
  const facilities = inventory.facilities.slice(...window.facilityIds);
  if (inventory.facilities.length === 0)
    return <p className="text-sm text-slate-500">{t("resources.holdings.empty")}</p>;
  return (
    <div className="sm:overflow-x-auto">
      <table className={stacked.table}>
        <caption className="sr-only">{t("resources.holdings.title")}</caption>
        <thead className={`${stacked.head} text-left text-slate-600`}>
          <tr>
            <th className="py-1">{t("resources.holdings.facility")}</th>
            {resources.map((resource) => (
              <th key={resource.id} className="py-1 pl-3 text-right">
                {resource.name}
              </th>
            ))}
            {canManage && <th className="sr-only">{t("resources.holdings.deactivate")}</th>}
          </tr>
        </thead>
        <tbody className={stacked.body}>
          {facilities.map((facility) => (
            <tr key={facility.id} className={stacked.row} data-testid={`holdings-row-${facility.id}`}>
              <th scope="row" className={stacked.title}>
                <span id={`facility-${facility.id}-name`}>{facility.name}</span>
                {!facility.active && (
                  <span className="ml-2 rounded bg-slate-200 px-1 text-xs font-normal">
                    {t("resources.holdings.inactive")}
                  </span>
                )}
                <span className="block text-xs font-normal text-slate-500">
                  {t("resources.holdings.manager")}: <PartyName address={facility.manager} />
                </span>
              </th>
              {resources.map((resource) => (
                <Cell
                  key={resource.id}
                  label={resource.name}
                  className="tabular-nums sm:pl-3 sm:text-right"
                  data-resource={resource.id}
                >
                  {numberFormat(i18n.language).format(holdings[resource.id]?.[facility.id] ?? 0n)}
                </Cell>
              ))}
              {canManage && (
                <Cell className="sm:pl-3 sm:text-right">
                  <ActsOn describedBy={`facility-${facility.id}-name`}>
                    <Button
                      variant="secondary"
                      disabled={busy}
                      onClick={() => onSetActive(facility.id, !facility.active)}
                    >
                      {facility.active
                        ? t("resources.holdings.deactivate")
                        : t("resources.holdings.activate")}
                    </Button>
                  </ActsOn>
                </Cell>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
