import { useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { PartyName } from "../../directory/PartyName";
import { SelectField } from "../../ui/Field";
import { dateFormat, numberFormat, shortAddress, shortHash } from "../../ui/format";
import { Cell, stacked } from "../../ui/StackedTable";
import { ScrollRegion, useVirtualRows } from "../../ui/VirtualList";
import { filterHistory } from "../history";
import type { HistoryEntry, Inventory } from "../model";
import { unitFor } from "../units";

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
  const scrollRef = useRef<HTMLElement>(null);
  const { rows, totalSize, paddingTop, paddingBottom, measure } = useVirtualRows(shown.length, scrollRef, {
    estimateSize: 33,
    getKey: (index) => shown[index]?.key ?? String(index),
  });
  const when = dateFormat(i18n.language, { dateStyle: "medium", timeStyle: "medium" });

  const sentenceFor = (entry: HistoryEntry) => {
    const resource = entry.resourceId === undefined ? undefined : inventory.resources[entry.resourceId];
    const name = (id?: number) => (id === undefined ? "" : (inventory.facilities[id]?.name ?? `#${id}`));
    return t(`resources.history.kinds.${entry.kind}`, {
      resource: resource?.name ?? entry.text ?? "",
      unit: resource ? unitFor(resource.unit, entry.quantity ?? 0n, i18n.language) : "",
      quantity: entry.quantity === undefined ? "" : numberFormat(i18n.language).format(entry.quantity),
      facility: entry.kind === "facilityRegistered" ? entry.text : name(entry.facilityId),
      manager: entry.manager ? shortAddress(entry.manager) : "",
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
        <>
          <p className="mb-1 text-sm text-slate-600">
            {t("resources.history.count", { shown: shown.length, count: entries?.length ?? 0 })}
          </p>
          <ScrollRegion
            ref={scrollRef}
            label={t("resources.history.title")}
            maxHeight="28rem"
            contentHeight={totalSize}
          >
            <table
              className={stacked.table}
              data-testid="allocation-history"
              data-total={shown.length}
              aria-rowcount={shown.length + 1}
            >
              <caption className="sr-only">{t("resources.history.title")}</caption>
              <thead className={`${stacked.head} sticky top-0 bg-white text-left text-slate-600`}>
                <tr>
                  <th className="py-1">{t("resources.history.when")}</th>
                  <th className="py-1">{t("resources.history.what")}</th>
                  <th className="py-1">{t("resources.history.who")}</th>
                  <th className="py-1">{t("resources.history.tx")}</th>
                </tr>
              </thead>
              <tbody className={stacked.body}>
                {paddingTop > 0 && <SpacerRow height={paddingTop} />}
                {rows.map((row) => {
                  const entry = shown[row.index] as HistoryEntry;
                  return (
                    <tr
                      key={row.key}
                      className={stacked.row}
                      ref={measure}
                      data-index={row.index}
                      data-kind={entry.kind}
                      aria-rowindex={row.index + 2}
                    >
                      <Cell
                        label={t("resources.history.when")}
                        className="whitespace-nowrap text-slate-600 sm:pr-3"
                      >
                        {entry.timestamp === undefined
                          ? t("resources.history.block", { block: entry.blockNumber.toString() })
                          : when.format(new Date(entry.timestamp * 1000))}
                      </Cell>
                      <Cell className="sm:pr-3">{sentenceFor(entry)}</Cell>
                      <Cell label={t("resources.history.who")} className="sm:pr-3">
                        {entry.by && <PartyName address={entry.by} />}
                      </Cell>
                      <Cell
                        label={t("resources.history.tx")}
                        className="font-mono text-xs"
                        title={entry.transactionHash}
                      >
                        {shortHash(entry.transactionHash)}
                      </Cell>
                    </tr>
                  );
                })}
                {paddingBottom > 0 && <SpacerRow height={paddingBottom} />}
              </tbody>
            </table>
          </ScrollRegion>
        </>
      )}
    </div>
  );
}

/** Stands in for the rows scrolled out of view. */
function SpacerRow({ height }: { height: number }) {
  // biome-ignore lint/a11y/noAriaHiddenOnFocusable: an empty table row is not focusable; hidden so it is not counted
  return <tr aria-hidden="true" style={{ height }} />;
}
