import { Suspense, useDeferredValue, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useAccount, useChainId } from "wagmi";
import { isDeployedOn } from "../chain/deployments";
import { useMyRoles } from "../roles/useMyRoles";
import { lazyComponent } from "../shell/lazyComponent";
import { Card } from "../ui/Card";
import { AllocationHistory } from "./components/AllocationHistory";
import { AddResourceTypeForm } from "./components/forms/AddResourceTypeForm";
import { AllocateForm } from "./components/forms/AllocateForm";
import { BatchAllocateForm } from "./components/forms/BatchAllocateForm";
import { RegisterFacilityForm } from "./components/forms/RegisterFacilityForm";
import { ReleaseForm } from "./components/forms/ReleaseForm";
import { RequestForm } from "./components/forms/RequestForm";
import { SetCapacityForm } from "./components/forms/SetCapacityForm";
import { TransferForm } from "./components/forms/TransferForm";
import { HoldingsTable } from "./components/HoldingsTable";
import { InventoryTable } from "./components/InventoryTable";
import { RequestsList } from "./components/RequestsList";
import { toHistory } from "./history";
import { useInventory } from "./hooks/useInventory";
import { useRequests } from "./hooks/useRequests";
import { useResourceActions } from "./hooks/useResourceActions";
import { useResourceEvents } from "./hooks/useResourceEvents";
import type { ResourceView } from "./model";

// recharts is most of this page's code: loaded beside it, so that tables and history need not wait for it.
const InventoryChart = lazyComponent<
  Parameters<typeof import("./components/InventoryChart").InventoryChart>[0]
>(() => import("./components/InventoryChart").then((module) => ({ default: module.InventoryChart })));
InventoryChart.preload();

const noResources: ResourceView[] = [];

export default function ResourcesPage() {
  const { t } = useTranslation();
  const chainId = useChainId();
  const { address } = useAccount();
  const { roles } = useMyRoles();
  const inventory = useInventory();
  const events = useResourceEvents();
  const requests = useRequests();
  const { setFacilityActive, busy } = useResourceActions();
  const history = useMemo(() => events.data && toHistory(events.data), [events.data]);
  // The chart is the costliest thing to draw: drawn after the tables and history are on screen, not before.
  const chartResources = useDeferredValue(inventory.data?.resources ?? noResources, noResources);

  const isAdmin = roles.includes("ADMIN");
  const canAllocate = isAdmin || roles.includes("ALLOCATOR");
  const data = inventory.data;
  const myFacilities = data?.facilities.filter((facility) => facility.manager === address) ?? [];
  const releasable = isAdmin ? (data?.facilities ?? []) : myFacilities;

  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-2xl font-bold">{t("pages.resources.title")}</h1>
        <p className="text-slate-700">{t("resources.lead")}</p>
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
          </Card>
          {!canAllocate && myFacilities.length === 0 && (
            <p className="text-sm text-slate-600">{t("resources.readOnly")}</p>
          )}
          {canAllocate && (
            <Card>
              <div className="space-y-6">
                <AllocateForm inventory={data} />
                <BatchAllocateForm inventory={data} />
                <TransferForm inventory={data} />
              </div>
            </Card>
          )}
          {isAdmin && (
            <Card>
              <div className="space-y-6">
                <AddResourceTypeForm />
                <SetCapacityForm inventory={data} />
                <RegisterFacilityForm />
              </div>
            </Card>
          )}
          {(myFacilities.length > 0 || isAdmin) && (
            <Card>
              <div className="space-y-6">
                {myFacilities.length > 0 && <RequestForm inventory={data} myFacilities={myFacilities} />}
                <ReleaseForm inventory={data} facilities={releasable} />
              </div>
            </Card>
          )}
          <Card title={t("resources.requests.title")} id="requests">
            <RequestsList
              requests={requests.data ?? []}
              inventory={data}
              canDecide={canAllocate}
              me={address}
            />
          </Card>
          <Card title={t("resources.history.title")} id="history">
            <AllocationHistory entries={history} inventory={data} loading={events.isLoading} />
          </Card>
        </>
      )}
    </div>
  );
}
