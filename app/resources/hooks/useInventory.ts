import type { QueryClient } from "@tanstack/react-query";
import { useMemo } from "react";
import type { Config } from "wagmi";
import { LIMITS } from "../../contracts/limits";
import type { ListItem } from "../../contracts/types";
import type { ReadsNow } from "../../sync/reads/firstReads";
import { contractReadQuery, useContractRead } from "../../sync/reads/useContractRead";
import { offsetPagesQuery, useOffsetPages } from "../../sync/reads/useOffsetPages";
import type { FacilityView, Inventory, ResourceView } from "../model";

type ResourceRow = ListItem<"ResourceAllocation", "resources">;
type FacilityRow = ListItem<"ResourceAllocation", "facilities">;

/** Facilities per page of the holdings table; resource types per page are what fits the cell limit with them. */
export const FACILITIES_PER_PAGE = 20;
const TYPES_PER_PAGE = LIMITS.holdingsCells / FACILITIES_PER_PAGE;

/** Which part of the holdings matrix is shown: a page of facilities and a page of resource types. */
export type HoldingsWindow = { facilityPage: number; typePage: number };

/**
 * The inventory a page shows: every resource type and facility (read 100 to a call, for the forms' pickers), and
 * what the facilities of the page shown hold, in one call whose gas does not grow with the inventory.
 */
export function useInventory({ facilityPage, typePage }: HoldingsWindow = { facilityPage: 0, typePage: 0 }) {
  const types = useOffsetPages("ResourceAllocation", "resources");
  const places = useOffsetPages("ResourceAllocation", "facilities");
  const window = {
    typeOffset: typePage * TYPES_PER_PAGE,
    facilityOffset: facilityPage * FACILITIES_PER_PAGE,
  };
  const cells = useContractRead("ResourceAllocation", "holdings", holdingsArgs(window));
  const data = useMemo((): Inventory | undefined => {
    if (!types.items || !places.items || !cells.data) return undefined;
    const holdings: bigint[][] = [];
    cells.data.forEach((row, r) => {
      const line: bigint[] = [];
      row.forEach((held, f) => {
        line[window.facilityOffset + f] = held;
      });
      holdings[window.typeOffset + r] = line;
    });
    return {
      resources: types.items.map(toResource),
      facilities: places.items.map(toFacility),
      holdings,
      window: {
        typeIds: [window.typeOffset, window.typeOffset + cells.data.length],
        facilityIds: [window.facilityOffset, window.facilityOffset + (cells.data[0]?.length ?? 0)],
      },
    };
  }, [types.items, places.items, cells.data, window.typeOffset, window.facilityOffset]);
  return {
    data,
    isLoading: types.isLoading || places.isLoading || cells.isLoading,
    pageSizes: { facilities: FACILITIES_PER_PAGE, types: TYPES_PER_PAGE },
  };
}

const holdingsArgs = ({ typeOffset, facilityOffset }: { typeOffset: number; facilityOffset: number }) =>
  [BigInt(typeOffset), BigInt(TYPES_PER_PAGE), BigInt(facilityOffset), BigInt(FACILITIES_PER_PAGE)] as const;

/** Starts what `useInventory` reads for the first page of holdings, ahead of the render (see firstReads). */
export function startInventoryReads(
  queryClient: QueryClient,
  config: Config,
  chainId: number,
  now: ReadsNow,
) {
  const read = now.view("ResourceAllocation");
  for (const list of ["resources", "facilities"] as const)
    void queryClient.prefetchInfiniteQuery(offsetPagesQuery(chainId, "ResourceAllocation", list, read));
  const firstPage = holdingsArgs({ typeOffset: 0, facilityOffset: 0 });
  void queryClient.prefetchQuery(
    contractReadQuery(config, chainId, "ResourceAllocation", "holdings", firstPage, read),
  );
}

function toResource(row: ResourceRow): ResourceView {
  return {
    id: Number(row.id),
    name: row.name,
    unit: row.unit,
    total: row.total,
    allocated: row.allocated,
    available: row.total - row.allocated,
  };
}

function toFacility(row: FacilityRow): FacilityView {
  return { id: Number(row.id), name: row.name, manager: row.manager, active: row.active };
}
