import type {
  Bundle,
  BundleEntry,
  Condition,
  MedicationRequest,
  Patient,
  Practitioner,
  Provenance,
} from "@medplum/fhirtypes";
import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils.js";
import type { Disclosure } from "../disclosures";
import type { RecordDocument } from "../document";
import { auditEvent } from "./auditEvents";

export type ExportedRecord = {
  id: bigint;
  author: string;
  createdAt: number;
  amends?: bigint;
  document: RecordDocument;
};

const ICD10 = "http://hl7.org/fhir/sid/icd-10";
const ETHEREUM_ACCOUNT = "urn:ietf:rfc:3986";
const CLINICAL = "http://terminology.hl7.org/CodeSystem/condition-clinical";
const VERIFICATION = "http://terminology.hl7.org/CodeSystem/condition-ver-status";
const PROVENANCE_ROLE = "revision";

/**
 * A FHIR R4 Bundle of type `collection`, self-contained: every reference is the `urn:uuid:` fullUrl of another
 * entry. The Patient; each author as a Practitioner, named as the provider directory lists them; for each record a
 * Condition (the diagnosis, coded in ICD-10 when given) and a MedicationRequest (the treatment) that gives it as
 * its reason. A correction supersedes what it corrects the FHIR way: the replaced Condition and MedicationRequest
 * are marked `entered-in-error`, and a Provenance says which resource revised which, who did it and when. The
 * accounting of disclosures, when given, follows as one AuditEvent per entry, its doctors as Practitioners too.
 */
export function toFhirBundle(
  patientAddress: string,
  records: readonly ExportedRecord[],
  names: ReadonlyMap<string, string> = new Map(),
  now = new Date(),
  disclosures: readonly Disclosure[] = [],
): Bundle {
  const patient = patientAddress.toLowerCase();
  const url = (kind: string, id: string) => `urn:uuid:${uuidFor(patient, kind, id)}`;
  const patientUrl = url("Patient", patient);
  const practitionerUrl = (author: string) => url("Practitioner", author.toLowerCase());
  const conditionUrl = (id: bigint) => url("Condition", id.toString());
  const medicationUrl = (id: bigint) => url("MedicationRequest", id.toString());
  const replaced = replacedVersions(records);

  const entries: BundleEntry[] = [{ fullUrl: patientUrl, resource: patientResource(patient) }];
  const people = [
    ...records.map((record) => record.author),
    ...disclosures.flatMap((entry) => entry.doctor ?? []),
  ];
  for (const person of new Set(people.map((address) => address.toLowerCase()))) {
    entries.push({ fullUrl: practitionerUrl(person), resource: practitioner(person, names.get(person)) });
  }
  for (const record of records) {
    const superseded = replaced.has(record.id);
    const refs = {
      patient: patientUrl,
      author: practitionerUrl(record.author),
      condition: conditionUrl(record.id),
    };
    entries.push({ fullUrl: refs.condition, resource: condition(record, refs, superseded) });
    entries.push({
      fullUrl: medicationUrl(record.id),
      resource: medicationRequest(record, refs, superseded),
    });
  }
  for (const record of records) {
    const previous = record.amends === undefined ? undefined : previousVersion(records, record);
    if (previous === undefined) continue;
    entries.push({
      fullUrl: url("Provenance", record.id.toString()),
      resource: revision(
        record,
        conditionUrl(record.id),
        conditionUrl(previous),
        practitionerUrl(record.author),
      ),
    });
  }
  disclosures.forEach((disclosure, at) => {
    const doctor = disclosure.doctor && practitionerUrl(disclosure.doctor);
    entries.push({
      fullUrl: url("AuditEvent", `${disclosure.block}-${disclosure.logIndex}-${at}`),
      resource: auditEvent(disclosure, { patient: patientUrl, doctor }),
    });
  });
  return { resourceType: "Bundle", type: "collection", timestamp: now.toISOString(), entry: entries };
}

function patientResource(patient: string): Patient {
  return {
    resourceType: "Patient",
    identifier: [{ system: ETHEREUM_ACCOUNT, value: `urn:ethereum:${patient}` }],
  };
}

function practitioner(author: string, name: string | undefined): Practitioner {
  return {
    resourceType: "Practitioner",
    identifier: [{ system: ETHEREUM_ACCOUNT, value: `urn:ethereum:${author}` }],
    ...(name ? { name: [{ text: name }] } : {}),
  };
}

type Refs = { patient: string; author: string; condition: string };

function condition(record: ExportedRecord, refs: Refs, superseded: boolean): Condition {
  const { condition: diagnosis, notes, date } = record.document;
  return {
    resourceType: "Condition",
    identifier: [{ system: "urn:carechain:record", value: record.id.toString() }],
    // An entered-in-error Condition carries no clinical status (FHIR invariant con-5).
    ...(superseded ? {} : { clinicalStatus: { coding: [{ system: CLINICAL, code: "active" }] } }),
    verificationStatus: {
      coding: [{ system: VERIFICATION, code: superseded ? "entered-in-error" : "confirmed" }],
    },
    code: {
      text: diagnosis.text,
      ...(diagnosis.icd10 ? { coding: [{ system: ICD10, code: diagnosis.icd10 }] } : {}),
    },
    subject: { reference: refs.patient },
    recordedDate: date,
    recorder: { reference: refs.author },
    ...(notes ? { note: [{ text: notes }] } : {}),
  };
}

function medicationRequest(record: ExportedRecord, refs: Refs, superseded: boolean): MedicationRequest {
  return {
    resourceType: "MedicationRequest",
    status: superseded ? "entered-in-error" : "active",
    intent: "order",
    medicationCodeableConcept: { text: record.document.treatment.text },
    subject: { reference: refs.patient },
    authoredOn: record.document.date,
    requester: { reference: refs.author },
    reasonReference: [{ reference: refs.condition }],
  };
}

function revision(record: ExportedRecord, target: string, replaces: string, author: string): Provenance {
  return {
    resourceType: "Provenance",
    target: [{ reference: target }],
    recorded: new Date(record.createdAt * 1000).toISOString(),
    activity: {
      coding: [{ system: "http://terminology.hl7.org/CodeSystem/v3-DataOperation", code: "UPDATE" }],
    },
    agent: [{ who: { reference: author } }],
    entity: [{ role: PROVENANCE_ROLE, what: { reference: replaces } }],
  };
}

/**
 * The records a later correction replaced. Corrections all point at the original; each replaces the version before
 * it (the original, then the previous correction), and only the newest stands.
 */
function replacedVersions(records: readonly ExportedRecord[]): Set<bigint> {
  const replaced = new Set<bigint>();
  for (const record of records) {
    const previous = record.amends === undefined ? undefined : previousVersion(records, record);
    if (previous !== undefined) replaced.add(previous);
  }
  return replaced;
}

function previousVersion(records: readonly ExportedRecord[], correction: ExportedRecord): bigint | undefined {
  const original = correction.amends;
  if (original === undefined) return undefined;
  const earlier = records
    .filter((record) => record.amends === original && record.id < correction.id)
    .map((record) => record.id)
    .sort((a, b) => (a < b ? 1 : -1));
  return earlier[0] ?? original;
}

/**
 * A stable UUID per patient and resource (SHA-256 based, RFC 9562 version 8), so that exporting twice gives the
 * same fullUrls, and two patients' exports never share one.
 */
function uuidFor(patient: string, kind: string, id: string): string {
  const hex = bytesToHex(sha256(utf8ToBytes(`carechain:${patient}:${kind}/${id}`))).slice(0, 32);
  const variant = ((Number.parseInt(hex[16] as string, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
