import { Suspense, useDeferredValue, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useAccount, useChainId } from "wagmi";
import { isDeployedOn } from "../contracts/deployments";
import { useMyRoles } from "../roles/useMyRoles";
import { rolesOfQuery } from "../roles/useRoles";
import { restoreContractHistory } from "../sync/history/useContractHistory";
import { firstReads } from "../sync/reads/firstReads";
import { Card } from "../ui/Card";
import { JumpToAction } from "../ui/JumpToAction";
import { LoadMore } from "../ui/LoadMore";
import { lazyNamed } from "../ui/lazyComponent";
import { PageHeading } from "../ui/PageHeading";
import { Pager } from "../ui/Pager";
import { AllocationHistory } from "./components/AllocationHistory";
import { ResourceForms } from "./components/forms/ResourceForms";
import { HoldingsTable } from "./components/HoldingsTable";
import { InventoryTable } from "./components/InventoryTable";
import { RequestsList } from "./components/RequestsList";
import { type HoldingsWindow, startInventoryReads, useInventory } from "./hooks/useInventory";
import { startRequestsRead, useRequests } from "./hooks/useRequests";
import { useResourceActions } from "./hooks/useResourceActions";
import { useResourceHistory } from "./hooks/useResourceHistory";
import type { FacilityView, ResourceView } from "./model";

// recharts is most of this page's code: loaded beside it, so that tables and history need not wait for it.
const InventoryChart = lazyNamed(() => import("./components/InventoryChart"), "InventoryChart");
InventoryChart.preload();

const noResources: ResourceView[] = [];
const noFacilities: FacilityView[] = [];

export default function ResourcesPage() {
  const { t } = useTranslation();
  const chainId = useChainId();
  const { address } = useAccount();
  const { may } = useMyRoles();
  const [holdingsWindow, setHoldingsWindow] = useState<HoldingsWindow>({ facilityPage: 0, typePage: 0 });
  const inventory = useInventory(holdingsWindow);
  const history = useResourceHistory();
  const requests = useRequests();
  const { setFacilityActive, busy } = useResourceActions();
  // The chart is the costliest thing to draw (recharts measures its labels): drawn once the history is on
  // screen, so that it does not hold up the history's logs. The forms follow the tables in a render of their own,
  // which gives way to the history's request and answer.
  const chartResources = useDeferredValue(
    history.isLoading ? noResources : (inventory.data?.resources ?? noResources),
    noResources,
  );
  const formsShown = useDeferredValue(inventory.data !== undefined, false);

  const isAdmin = may.administer;
  const canAllocate = may.allocate;
  const data = inventory.data;
  const myFacilities = useMemo(
    () => data?.facilities.filter((facility) => facility.manager === address) ?? noFacilities,
    [data, address],
  );
  const releasable = isAdmin ? (data?.facilities ?? noFacilities) : myFacilities;

  return (
    <div className="space-y-6">
      <header>
        <PageHeading title={t("capability.resources.title")} />
        <p className="text-slate-700">{t("resources.lead")}</p>
        {data && (canAllocate || myFacilities.length > 0) && (
          <JumpToAction
            target={canAllocate ? "allocate" : "request-units"}
            label={t("common.goTo", {
              place: t(canAllocate ? "resources.forms.allocate.title" : "resources.forms.request.title"),
            })}
          />
        )}
      </header>
      {!isDeployedOn(chainId) && <p role="alert">{t("resources.notDeployed")}</p>}
      {!data ? (
        inventory.isLoading && <p className="text-slate-500">{t("common.loading")}</p>
      ) : (
        <>
          <Card title={t("resources.inventory.title")} id="inventory">
            <div className="grid gap-6 lg:grid-cols-2">
              <InventoryTable resources={data.resources} />
              {data.resources.length > 0 && (
                <Suspense fallback={<div className="h-64" />}>
                  {chartResources.length > 0 ? (
                    <InventoryChart resources={chartResources} />
                  ) : (
                    <div className="h-64" />
                  )}
                </Suspense>
              )}
            </div>
          </Card>
          <Card title={t("resources.holdings.title")} id="holdings">
            <HoldingsTable
              inventory={data}
              canManage={isAdmin}
              busy={busy}
              onSetActive={(facilityId, active) => {
                const facility = data.facilities[facilityId];
                if (facility) setFacilityActive(facility, active);
              }}
            />
            <Pager
              label={t("resources.holdings.facilityPages")}
              page={holdingsWindow.facilityPage}
              pageSize={inventory.pageSizes.facilities}
              total={data.facilities.length}
              onPage={(facilityPage) => setHoldingsWindow((window) => ({ ...window, facilityPage }))}
            />
            <Pager
              label={t("resources.holdings.typePages")}
              page={holdingsWindow.typePage}
              pageSize={inventory.pageSizes.types}
              total={data.resources.length}
              onPage={(typePage) => setHoldingsWindow((window) => ({ ...window, typePage }))}
            />
          </Card>
          {!canAllocate && myFacilities.length === 0 && (
            <p className="text-sm text-slate-600">{t("resources.readOnly")}</p>
          )}
          {formsShown && (
            <ResourceForms
              inventory={data}
              canAllocate={canAllocate}
              isAdmin={isAdmin}
              myFacilities={myFacilities}
              releasable={releasable}
            />
          )}
          <Card title={t("resources.requests.title")} id="requests">
            <RequestsList
              requests={requests.data ?? []}
              inventory={data}
              canDecide={canAllocate}
              me={address}
            />
            <LoadMore
              hasMore={requests.hasMore}
              loading={requests.loadingMore}
              onLoad={requests.loadMore}
              label={t("resources.requests.older")}
            />
          </Card>
          <Card title={t("resources.history.title")} id="history">
            <AllocationHistory entries={history.entries} inventory={data} loading={history.isLoading} />
            {history.fromBlock !== undefined && (
              <p className="mt-2 text-xs text-slate-500">
                {t("resources.history.since", { block: history.fromBlock.toString() })}
              </p>
            )}
            <LoadMore
              hasMore={history.hasOlder}
              loading={history.loadingOlder}
              onLoad={history.loadOlder}
              label={t("resources.history.older")}
            />
          </Card>
        </>
      )}
    </div>
  );
}

/**
 * What the page's first render reads: the connected account's roles, the inventory's first screen and the newest
 * requests, with the head, in the first call to the node; and the history this browser kept, so that the
 * history's newest logs can go with the next call.
 */
ResourcesPage.firstReads = firstReads(({ queryClient, config, chainId, account, now }) => {
  if (!isDeployedOn(chainId)) return;
  void queryClient.prefetchQuery(rolesOfQuery(config, chainId, [account], now.view("CareRoles")));
  startInventoryReads(queryClient, config, chainId, now);
  startRequestsRead(queryClient, chainId, now);
  restoreContractHistory(chainId, "ResourceAllocation");
});
