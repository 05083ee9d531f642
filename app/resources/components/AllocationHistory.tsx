import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Address } from "../../ui/Address";
import { SelectField } from "../../ui/Field";
import { shortHash } from "../../ui/format";
import { filterHistory } from "../history";
import type { HistoryEntry, Inventory } from "../model";

/** Every change, newest first, from the contract's events; filterable by resource and facility. */
export function AllocationHistory({
  entries,
  inventory,
  loading,
}: {
  entries: HistoryEntry[] | undefined;
  inventory: Inventory;
  loading: boolean;
}) {
  const { t, i18n } = useTranslation();
  const [resourceFilter, setResourceFilter] = useState("");
  const [facilityFilter, setFacilityFilter] = useState("");
  const shown = useMemo(
    () =>
      filterHistory(
        entries ?? [],
        resourceFilter === "" ? undefined : Number(resourceFilter),
        facilityFilter === "" ? undefined : Number(facilityFilter),
      ),
    [entries, resourceFilter, facilityFilter],
  );
  const dateFormat = new Intl.DateTimeFormat(i18n.language, { dateStyle: "medium", timeStyle: "medium" });

  const sentenceFor = (entry: HistoryEntry) => {
    const resource = entry.resourceId === undefined ? undefined : inventory.resources[entry.resourceId];
    const name = (id?: number) => (id === undefined ? "" : (inventory.facilities[id]?.name ?? `#${id}`));
    return t(`resources.history.kinds.${entry.kind}`, {
      resource: resource?.name ?? entry.text ?? "",
      unit: resource?.unit ?? "",
      quantity: entry.quantity?.toString() ?? "",
      facility: entry.kind === "facilityRegistered" ? entry.text : name(entry.facilityId),
      toFacility: name(entry.toFacilityId),
      request: entry.requestId,
      text: entry.text ?? "",
    });
  };

  return (
    <div>
      <div className="mb-3 flex flex-wrap gap-3">
        <SelectField
          label={t("resources.history.resource")}
          value={resourceFilter}
          onChange={setResourceFilter}
          placeholder={t("resources.history.all")}
          options={inventory.resources.map((r) => ({ value: String(r.id), label: r.name }))}
        />
        <SelectField
          label={t("resources.history.facility")}
          value={facilityFilter}
          onChange={setFacilityFilter}
          placeholder={t("resources.history.all")}
          options={inventory.facilities.map((f) => ({ value: String(f.id), label: f.name }))}
        />
      </div>
      {loading && <p className="text-sm text-slate-500">{t("resources.history.loading")}</p>}
      {!loading && shown.length === 0 && (
        <p className="text-sm text-slate-500">{t("resources.history.empty")}</p>
      )}
      {shown.length > 0 && (
        <div className="max-h-[28rem] overflow-y-auto">
          <table className="w-full text-sm" data-testid="allocation-history">
            <thead className="sticky top-0 bg-white text-left text-slate-600">
              <tr>
                <th className="py-1">{t("resources.history.when")}</th>
                <th className="py-1">{t("resources.history.what")}</th>
                <th className="py-1">{t("resources.history.who")}</th>
                <th className="py-1">{t("resources.history.tx")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {shown.map((entry) => (
                <tr key={entry.key} data-kind={entry.kind}>
                  <td className="whitespace-nowrap py-1.5 pr-3 text-slate-600">
                    {dateFormat.format(new Date(entry.timestamp * 1000))}
                  </td>
                  <td className="pr-3">{sentenceFor(entry)}</td>
                  <td className="pr-3">{entry.by && <Address address={entry.by} />}</td>
                  <td className="font-mono text-xs" title={entry.transactionHash}>
                    {shortHash(entry.transactionHash)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
