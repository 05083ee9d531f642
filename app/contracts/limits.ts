/**
 * The contracts' limits and status numbers, in one place for the whole app (forms, decoders, hooks). The names are
 * the contracts' own; limits.test.ts checks every value against the compiled contracts, so a change on chain
 * fails the tests until it is made here too.
 */
export const LIMITS = {
  /** ResourceAllocation.MAX_NAME_BYTES: resource and facility names. */
  resourceNameBytes: 64,
  /** ResourceAllocation.MAX_UNIT_BYTES. */
  unitBytes: 16,
  /** ResourceAllocation.MAX_REASON_BYTES: request and denial reasons. */
  reasonBytes: 140,
  /** ServicePayments.MAX_DESCRIPTION_BYTES. */
  descriptionBytes: 140,
  /** PatientRecords.MAX_PAYLOAD_BYTES: one sealed record. */
  payloadBytes: 4096,
  /** PatientRecords.WRAPPED_KEY_BYTES: one content key wrapped for one reader. */
  wrappedKeyBytes: 104,
  /** PatientRecords.MAX_CARD_BYTES: a sealed patient card. */
  cardBytes: 512,
  /** PatientRecords.MAX_UNLOCKERS_BYTES: the sealed copies of one account's records key. */
  unlockersBytes: 4096,
  /** ProviderDirectory.MAX_NAME_BYTES: a provider's display name. */
  providerNameBytes: 64,
  /** The most items any list view returns in one call (MAX_PAGE in every contract). */
  pageItems: 100,
  /** ResourceInventory.MAX_UNITS: the most units one resource type's pool may count (a larger one is a slip). */
  maxUnits: 1_000_000_000,
  /** ResourceInventory.MAX_HOLDINGS_CELLS: types × facilities in one holdings call. */
  holdingsCells: 1000,
  /** A service code travels as bytes32. */
  serviceCodeBytes: 32,
  /** A licence number travels as bytes32. */
  licenceBytes: 32,
} as const;

/** ResourceAllocation.RequestStatus, by number. */
export const REQUEST_STATUS = ["none", "open", "approved", "denied", "cancelled"] as const;
export type RequestStatus = Exclude<(typeof REQUEST_STATUS)[number], "none">;

/** ServicePayments.Status, by number. */
export const INVOICE_STATUS = ["none", "open", "paid", "cancelled", "refunded"] as const;

/** PatientRecords.ConsentStatus, by number. */
export const CONSENT_STATUS = ["never", "allowed", "revoked", "roleEnded"] as const;
export type ConsentStatus = (typeof CONSENT_STATUS)[number];

/** PatientRecords.DoctorDecision, by number. */
export const DOCTOR_DECISION = ["pending", "accepted", "declined"] as const;
export type DoctorDecision = (typeof DOCTOR_DECISION)[number];

/** ProviderDirectory.Kind, by number. */
export const PROVIDER_KINDS = [
  "none",
  "doctor",
  "billingOffice",
  "facility",
  "allocator",
  "administrator",
] as const;
export type ProviderKind = Exclude<(typeof PROVIDER_KINDS)[number], "none">;

/** The currency id of ether in ServicePayments. */
export const ETH = "0x0000000000000000000000000000000000000000" as const;
