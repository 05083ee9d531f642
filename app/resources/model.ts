import type { Address, Hash } from "viem";

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
  /** holdings[resourceId][facilityId] */
  holdings: bigint[][];
};

export type RequestStatus = "open" | "approved" | "denied" | "cancelled";

export type RequestView = {
  id: number;
  resourceId: number;
  facilityId: number;
  quantity: bigint;
  status: RequestStatus;
  requester: Address;
  reason: string;
  denialReason?: string;
};

export type HistoryKind =
  | "typeAdded"
  | "capacityChanged"
  | "facilityRegistered"
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
  text?: string;
  timestamp: number;
  transactionHash: Hash;
  blockNumber: bigint;
};
