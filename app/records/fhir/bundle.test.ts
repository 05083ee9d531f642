import type { AuditEvent, Bundle, Condition, MedicationRequest, Provenance } from "@medplum/fhirtypes";
import { beforeAll, describe, expect, it } from "vitest";
import { ICD10_FORM } from "../../privacy/icd10";
import type { Disclosure } from "../disclosures";
import { decodeRecord, encodeRecord, type RecordInput } from "../document";
import { type ExportedRecord, toFhirBundle } from "./bundle";
import { r4Validator } from "./r4Validator";

const PATIENT = "0xABCDEF0000000000000000000000000000000001";
const DR_CHEN = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";
const DR_OKAFOR = "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC";

function record(id: bigint, author: string, input: RecordInput, amends?: bigint): ExportedRecord {
  const document = decodeRecord(encodeRecord(input));
  if (!document) throw new Error("the record did not round-trip");
  return { id, author, createdAt: 1_764_000_000 + Number(id), amends, document };
}

const influenza = record(3n, DR_CHEN, {
  diagnosis: "Influenza A",
  icd10: "J10.1",
  treatment: "oseltamivir 75 mg",
  notes: "Rest",
  date: "2026-11-25",
});
const asthma = record(4n, DR_OKAFOR, { diagnosis: "Asthma", treatment: "salbutamol", date: "2026-11-26" });
const confirmed = record(
  5n,
  DR_CHEN,
  {
    diagnosis: "Influenza A, confirmed by PCR",
    icd10: "J10.1",
    treatment: "oseltamivir 75 mg",
    date: "2026-11-27",
  },
  3n,
);
const names = new Map([[DR_CHEN.toLowerCase(), "Dr. Alice Chen"]]);

const resources = <T>(bundle: Bundle, type: string) =>
  (bundle.entry ?? [])
    .filter((entry) => entry.resource?.resourceType === type)
    .map((entry) => entry.resource as T);

let validateResource: Awaited<ReturnType<typeof r4Validator>>;

/** Issue 31.5: Dr. Okafor allowed, records shared, revoked; the patient's key replaced. */
const DR_SILVA = "0x90F79bf6EB2c4f870365E785982E1f101E93b906";
const accounting: Disclosure[] = [
  { kind: "keyReplaced", block: 40n, logIndex: 0, at: 1_764_100_000 },
  { kind: "revoked", block: 30n, logIndex: 1, doctor: DR_OKAFOR, at: 1_764_090_000 },
  { kind: "shared", block: 20n, logIndex: 3, doctor: DR_OKAFOR, recordIds: [3n, 5n], at: 1_764_080_000 },
  { kind: "allowed", block: 10n, logIndex: 0, doctor: DR_SILVA, at: 1_764_070_000 },
];

describe("toFhirBundle", () => {
  beforeAll(async () => {
    validateResource = await r4Validator();
  });

  it("is a Bundle that the R4 definitions accept, down to every entry", () => {
    const bundle = toFhirBundle(PATIENT, [influenza, asthma, confirmed], names);
    expect(() => validateResource(bundle)).not.toThrow();
    for (const entry of bundle.entry ?? [])
      expect(() => validateResource(entry.resource as never)).not.toThrow();
  });

  it("carries the accounting of disclosures as AuditEvents the R4 definitions accept, with who and when", () => {
    const bundle = toFhirBundle(PATIENT, [influenza], names, new Date(), accounting);
    for (const entry of bundle.entry ?? [])
      expect(() => validateResource(entry.resource as never)).not.toThrow();
    const events = resources<AuditEvent>(bundle, "AuditEvent");
    expect(events.map((event) => event.subtype?.[0]?.code)).toEqual([
      "keyReplaced",
      "revoked",
      "shared",
      "allowed",
    ]);
    expect(events[2]?.recorded).toBe(new Date(1_764_080_000_000).toISOString());
    expect(events[2]?.entity?.map((entity) => entity.what?.identifier?.value)).toEqual(["20", "3", "5"]);
    const fullUrlOf = (address: string) =>
      bundle.entry?.find((entry) => JSON.stringify(entry.resource).includes(address.toLowerCase()))?.fullUrl;
    expect(events[3]?.agent?.map((agent) => agent.who?.reference)).toEqual([
      fullUrlOf(PATIENT),
      fullUrlOf(DR_SILVA),
    ]);
    expect(events[0]?.agent).toHaveLength(1);
    const references = JSON.stringify(bundle).match(/"reference":"[^"]+"/g) ?? [];
    const fullUrls = new Set((bundle.entry ?? []).map((entry) => entry.fullUrl));
    for (const reference of references) expect(fullUrls.has(reference.slice(13, -1))).toBe(true);
  });

  it("the validator is real: it refuses a Condition without a subject", () => {
    const bundle = toFhirBundle(PATIENT, [influenza], names);
    const condition = resources<Condition>(bundle, "Condition")[0] as Condition;
    expect(() => validateResource({ ...condition, subject: undefined } as never)).toThrow();
  });

  it("resolves every reference inside the Bundle, through urn:uuid fullUrls", () => {
    const bundle = toFhirBundle(PATIENT, [influenza, asthma, confirmed], names);
    const fullUrls = new Set((bundle.entry ?? []).map((entry) => entry.fullUrl));
    for (const url of fullUrls)
      expect(url).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const references = JSON.stringify(bundle).match(/"reference":"[^"]+"/g) ?? [];
    expect(references.length).toBeGreaterThan(10);
    for (const reference of references) expect(fullUrls.has(reference.slice(13, -1))).toBe(true);
  });

  it("names each author as a Practitioner from the directory", () => {
    const bundle = toFhirBundle(PATIENT, [influenza, asthma], names);
    const practitioners = resources<{ name?: { text: string }[]; identifier: { value: string }[] }>(
      bundle,
      "Practitioner",
    );
    expect(practitioners).toHaveLength(2);
    expect(practitioners[0]?.name).toEqual([{ text: "Dr. Alice Chen" }]);
    expect(practitioners[1]?.identifier[0]?.value).toBe(`urn:ethereum:${DR_OKAFOR.toLowerCase()}`);
  });

  it("codes the diagnosis in ICD-10 and ties the treatment to it", () => {
    const bundle = toFhirBundle(PATIENT, [influenza], names);
    const [condition] = resources<Condition>(bundle, "Condition");
    const [medication] = resources<MedicationRequest>(bundle, "MedicationRequest");
    expect(condition?.code).toEqual({
      text: "Influenza A",
      coding: [{ system: "http://hl7.org/fhir/sid/icd-10", code: "J10.1" }],
    });
    expect(condition?.recordedDate).toBe("2026-11-25");
    expect(condition?.note).toEqual([{ text: "Rest" }]);
    const conditionUrl = bundle.entry?.find((entry) => entry.resource === condition)?.fullUrl;
    expect(medication?.reasonReference).toEqual([{ reference: conditionUrl }]);
    expect(medication?.status).toBe("active");
  });

  it("a correction supersedes the original: entered-in-error, with a Provenance of the revision", () => {
    const bundle = toFhirBundle(PATIENT, [influenza, confirmed], names);
    const urlOf = (resource: unknown) => bundle.entry?.find((entry) => entry.resource === resource)?.fullUrl;
    const [original, correction] = resources<Condition>(bundle, "Condition");
    expect(original?.verificationStatus?.coding?.[0]?.code).toBe("entered-in-error");
    expect(original?.clinicalStatus).toBeUndefined();
    expect(correction?.verificationStatus?.coding?.[0]?.code).toBe("confirmed");
    expect(correction?.clinicalStatus?.coding?.[0]?.code).toBe("active");
    const active = resources<Condition>(bundle, "Condition").filter(
      (c) => c.clinicalStatus?.coding?.[0]?.code === "active",
    );
    expect(active).toHaveLength(1);
    const [oldOrder] = resources<MedicationRequest>(bundle, "MedicationRequest");
    expect(oldOrder?.status).toBe("entered-in-error");
    const [provenance] = resources<Provenance>(bundle, "Provenance");
    expect(provenance?.target).toEqual([{ reference: urlOf(correction) }]);
    expect(provenance?.entity).toEqual([{ role: "revision", what: { reference: urlOf(original) } }]);
  });

  it("gives the same fullUrls twice, and different ones to another patient", () => {
    const urls = (patient: string) =>
      toFhirBundle(patient, [influenza], names).entry?.map((entry) => entry.fullUrl);
    expect(urls(PATIENT)).toEqual(urls(PATIENT));
    expect(urls(PATIENT)?.[0]).not.toBe(urls(DR_OKAFOR)?.[0]);
  });
});

describe("record documents", () => {
  it("round-trip, carry a random salt and refuse unknown versions", () => {
    const input = { diagnosis: "Asthma", treatment: "salbutamol", date: "2026-01-02" };
    const a = decodeRecord(encodeRecord(input));
    const b = decodeRecord(encodeRecord(input));
    expect(a?.condition.text).toBe("Asthma");
    expect(a?.salt).not.toBe(b?.salt);
    expect(decodeRecord(new TextEncoder().encode('{"v":2}'))).toBeNull();
    expect(decodeRecord(new TextEncoder().encode("not json"))).toBeNull();
  });

  it("checks the form of ICD-10 codes", () => {
    for (const code of ["J10.1", "E11", "S72.001", "U07.1"]) expect(ICD10_FORM.test(code)).toBe(true);
    for (const code of ["j10", "10.1", "J1", "J10.", "J10.12345"]) expect(ICD10_FORM.test(code)).toBe(false);
  });
});
