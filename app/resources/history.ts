import type { ContractEvent } from "../sync/history/useContractHistory";
import type { HistoryEntry, HistoryKind } from "./model";

export type ResourceEvent = ContractEvent<"ResourceAllocation">;

const kinds: Record<Exclude<ResourceEvent["eventName"], "FacilityActiveChanged">, HistoryKind> = {
  ResourceTypeAdded: "typeAdded",
  CapacityChanged: "capacityChanged",
  FacilityRegistered: "facilityRegistered",
  FacilityManagerChanged: "managerChanged",
  Allocated: "allocated",
  Released: "released",
  Transferred: "transferred",
  AllocationRequested: "requested",
  RequestApproved: "approved",
  RequestDenied: "denied",
  RequestCancelled: "cancelled",
};

type Args = Record<string, unknown>;
const num = (value: unknown) => (value === undefined ? undefined : Number(value));

/**
 * The audit history, newest first, one entry per event. Decisions on a request carry the request's resource and
 * facility, so that filtering by either keeps the whole story of that request.
 */
export function toHistory(events: readonly ResourceEvent[]): HistoryEntry[] {
  const requestTargets = new Map<number, { resourceId?: number; facilityId?: number }>();
  const entries = events.map((event): HistoryEntry => {
    const args = event.args as Args;
    const requestId = num(args.requestId);
    if (event.eventName === "AllocationRequested" && requestId !== undefined) {
      requestTargets.set(requestId, { resourceId: num(args.resourceId), facilityId: num(args.facilityId) });
    }
    const target = requestId === undefined ? undefined : requestTargets.get(requestId);
    return {
      key: `${event.transactionHash}-${event.logIndex}`,
      kind:
        event.eventName === "FacilityActiveChanged"
          ? args.active
            ? "facilityActivated"
            : "facilityDeactivated"
          : kinds[event.eventName],
      resourceId: num(args.resourceId) ?? target?.resourceId,
      facilityId: num(args.facilityId) ?? num(args.fromFacilityId) ?? target?.facilityId,
      toFacilityId: num(args.toFacilityId),
      requestId,
      quantity: (args.quantity ?? args.total ?? args.newTotal) as bigint | undefined,
      // Every event names the account that sent it: the administrator who registered a facility, not its manager.
      by: args.by as HistoryEntry["by"],
      manager: (args.newManager ?? args.manager) as HistoryEntry["manager"],
      text: (args.reason ?? args.name) as string | undefined,
      timestamp:
        event.blockTimestamp === undefined || event.blockTimestamp === null
          ? undefined
          : Number(event.blockTimestamp),
      transactionHash: event.transactionHash,
      blockNumber: event.blockNumber,
    };
  });
  return entries.reverse();
}

/** Entries that touch the given resource and facility (either side of a transfer); undefined means any. */
export function filterHistory(entries: readonly HistoryEntry[], resourceId?: number, facilityId?: number) {
  return entries.filter(
    (entry) =>
      (resourceId === undefined || entry.resourceId === resourceId) &&
      (facilityId === undefined || entry.facilityId === facilityId || entry.toFacilityId === facilityId),
  );
}
