import { useTranslation } from "react-i18next";
import type { Address } from "viem";
import { useContractAction } from "../../tx/useContractAction";
import type { FacilityView, ResourceView } from "../model";
import { unitFor } from "../units";

export type AllocationLine = { resource: ResourceView; facility: FacilityView; quantity: bigint };

/** Every ResourceAllocation transaction, each with the words its toast shows. */
export function useResourceActions() {
  const { t, i18n } = useTranslation();
  const { send, busy } = useContractAction("ResourceAllocation");
  const units = (resource: ResourceView, quantity: bigint) => ({
    resource: resource.name,
    unit: unitFor(resource.unit, quantity, i18n.language),
    quantity: quantity.toString(),
  });
  const id = (resource: ResourceView | FacilityView) => BigInt(resource.id);

  return {
    busy,
    addResourceType: (name: string, unit: string, total: bigint) =>
      send(t("resources.tx.addType", { name }), "addResourceType", [name, unit, total]),
    setCapacity: (resource: ResourceView, total: bigint) =>
      send(
        t("resources.tx.setCapacity", { resource: resource.name, total: total.toString() }),
        "setCapacity",
        [id(resource), total],
      ),
    registerFacility: (name: string, manager: Address) =>
      send(t("resources.tx.registerFacility", { name }), "registerFacility", [name, manager]),
    setFacilityActive: (facility: FacilityView, active: boolean) =>
      send(
        t(active ? "resources.tx.activate" : "resources.tx.deactivate", { facility: facility.name }),
        "setFacilityActive",
        [id(facility), active],
      ),
    allocate: ({ resource, facility, quantity }: AllocationLine) =>
      send(
        t("resources.tx.allocate", { ...units(resource, quantity), facility: facility.name }),
        "allocate",
        [id(resource), id(facility), quantity],
      ),
    allocateBatch: (lines: AllocationLine[]) =>
      send(t("resources.tx.batch", { count: lines.length }), "allocateBatch", [
        lines.map(({ resource, facility, quantity }) => ({
          resourceId: resource.id,
          facilityId: facility.id,
          quantity,
        })),
      ]),
    transfer: (resource: ResourceView, from: FacilityView, to: FacilityView, quantity: bigint) =>
      send(t("resources.tx.transfer", { ...units(resource, quantity), facility: to.name }), "transfer", [
        id(resource),
        id(from),
        id(to),
        quantity,
      ]),
    release: (resource: ResourceView, facility: FacilityView, quantity: bigint) =>
      send(t("resources.tx.release", units(resource, quantity)), "release", [
        id(resource),
        id(facility),
        quantity,
      ]),
    requestAllocation: (resource: ResourceView, facility: FacilityView, quantity: bigint, reason: string) =>
      send(t("resources.tx.request", units(resource, quantity)), "requestAllocation", [
        id(resource),
        id(facility),
        quantity,
        reason,
      ]),
    approveRequest: (requestId: number) =>
      send(t("resources.tx.approve", { id: requestId }), "approveRequest", [BigInt(requestId)]),
    denyRequest: (requestId: number, reason: string) =>
      send(t("resources.tx.deny", { id: requestId }), "denyRequest", [BigInt(requestId), reason]),
    cancelRequest: (requestId: number) =>
      send(t("resources.tx.cancel", { id: requestId }), "cancelRequest", [BigInt(requestId)]),
  };
}
