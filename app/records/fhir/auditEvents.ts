import type { AuditEvent } from "@medplum/fhirtypes";
import type { Disclosure, DisclosureKind } from "../disclosures";

const DCM = "http://dicom.nema.org/resources/ontology/DCM";
const DISCLOSURE = "urn:carechain:disclosure";

const SUBTYPE: Record<DisclosureKind, { display: string; action: AuditEvent["action"] }> = {
  allowed: { display: "Doctor allowed to add records and receive shares", action: "C" },
  revoked: { display: "Doctor's access revoked", action: "D" },
  shared: { display: "Records shared with a doctor", action: "C" },
  keySetUp: { display: "Patient's records key set up", action: "C" },
  keyReplaced: { display: "Patient's records key replaced", action: "U" },
};

/**
 * One entry of the accounting of disclosures as a FHIR R4 AuditEvent: who gave or lost access (the patient, as
 * requestor, and the doctor concerned), when (the block's time), and what (the block, and the records shared), all
 * as read from the ledger's events.
 */
export function auditEvent(disclosure: Disclosure, refs: { patient: string; doctor?: string }): AuditEvent {
  const { display, action } = SUBTYPE[disclosure.kind];
  return {
    resourceType: "AuditEvent",
    type: { system: DCM, code: "110110", display: "Patient Record" },
    subtype: [{ system: DISCLOSURE, code: disclosure.kind, display }],
    action,
    recorded: new Date(disclosure.at * 1000).toISOString(),
    outcome: "0",
    agent: [
      { who: { reference: refs.patient }, requestor: true },
      ...(refs.doctor ? [{ who: { reference: refs.doctor }, requestor: false }] : []),
    ],
    source: { observer: { display: "CareChain PatientRecords ledger" } },
    entity: [
      { what: { identifier: { system: "urn:carechain:block", value: disclosure.block.toString() } } },
      ...(disclosure.recordIds ?? []).map((id) => ({
        what: { identifier: { system: "urn:carechain:record", value: id.toString() } },
      })),
    ],
  };
}
