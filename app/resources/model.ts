import type { Address, Hash } from "viem";
import type { RequestStatus } from "../contracts/limits";

export type { RequestStatus };

export type ResourceView = {
  id: number;
  name: string;
  unit: string;
  total: bigint;
  allocated: bigint;
  available: bigint;
};

export type FacilityView = { id: number; name: string; manager: Address; active: boolean };

export type Inventory = {
  resources: ResourceView[];
  facilities: FacilityView[];
  /** holdings[resourceId][facilityId], filled for the window shown. */
  holdings: bigint[][];
  /** The ids the holdings cover: [first, end) of resource types and of facilities. */
  window: { typeIds: [number, number]; facilityIds: [number, number] };
};

export type RequestView = {
  id: number;
  resourceId: number;
  facilityId: number;
  quantity: bigint;
  status: RequestStatus;
  requester: Address;
  /** From the request's event; undefined while it is being fetched. */
  reason?: string;
  denialReason?: string;
  requestedAtBlock: bigint;
  decidedAtBlock: bigint;
};

export type HistoryKind =
  | "typeAdded"
  | "capacityChanged"
  | "facilityRegistered"
  | "managerChanged"
  | "facilityDeactivated"
  | "facilityActivated"
  | "allocated"
  | "released"
  | "transferred"
  | "requested"
  | "approved"
  | "denied"
  | "cancelled";

/** One line of the audit history, decoded from one event. */
export type HistoryEntry = {
  key: string;
  kind: HistoryKind;
  resourceId?: number;
  facilityId?: number;
  toFacilityId?: number;
  requestId?: number;
  quantity?: bigint;
  by?: Address;
  /** A facility's manager, on registration and replacement. */
  manager?: Address;
  text?: string;
  /** Unix time of its block, when the node reports it with the log. */
  timestamp?: number;
  transactionHash: Hash;
  blockNumber: bigint;
};

/** The names of the deployment's resource types: operational words, whatever they hold ("Dialysis chairs"). */
export const resourceTypeNames = (inventory: Inventory) => inventory.resources.map(({ name }) => name);
