import type { RecordDocument } from "../document";

export type ExportedRecord = {
  id: bigint;
  author: string;
  createdAt: number;
  amends?: bigint;
  document: RecordDocument;
};

type Resource = Record<string, unknown> & { resourceType: string; id: string };

/**
 * A FHIR R4 Bundle of type `collection`: the Patient, and for each record a Condition (the diagnosis, with its
 * ICD-10 coding when given) and a MedicationRequest (the treatment) that points to it.
 */
export function toFhirBundle(patientAddress: string, records: readonly ExportedRecord[], now = new Date()) {
  const patientId = patientAddress.toLowerCase();
  const entry = (resource: Resource) => ({ fullUrl: `urn:uuid:${uuidFor(resource)}`, resource });
  const patient: Resource = {
    resourceType: "Patient",
    id: patientId,
    identifier: [{ system: "urn:ietf:rfc:3986", value: `urn:ethereum:${patientId}` }],
  };
  const resources: Resource[] = [patient];
  for (const record of records) {
    const conditionId = `condition-${record.id}`;
    const { condition, treatment, notes, date } = record.document;
    resources.push({
      resourceType: "Condition",
      id: conditionId,
      clinicalStatus: {
        coding: [{ system: "http://terminology.hl7.org/CodeSystem/condition-clinical", code: "active" }],
      },
      code: {
        text: condition.text,
        ...(condition.icd10
          ? { coding: [{ system: "http://hl7.org/fhir/sid/icd-10", code: condition.icd10 }] }
          : {}),
      },
      subject: { reference: `Patient/${patientId}` },
      recordedDate: date,
      recorder: { display: record.author },
      ...(notes ? { note: [{ text: notes }] } : {}),
    });
    resources.push({
      resourceType: "MedicationRequest",
      id: `medication-request-${record.id}`,
      status: "active",
      intent: "order",
      medicationCodeableConcept: { text: treatment.text },
      subject: { reference: `Patient/${patientId}` },
      authoredOn: date,
      reasonReference: [{ reference: `Condition/${conditionId}` }],
    });
  }
  return {
    resourceType: "Bundle",
    type: "collection",
    timestamp: now.toISOString(),
    entry: resources.map(entry),
  };
}

/** A stable UUID per resource, so that exporting twice gives the same fullUrls. */
function uuidFor(resource: Resource): string {
  let hash = 0n;
  for (const char of `${resource.resourceType}/${resource.id}`)
    hash = (hash * 131n + BigInt(char.charCodeAt(0))) % (1n << 122n);
  const hex = hash.toString(16).padStart(32, "0");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
