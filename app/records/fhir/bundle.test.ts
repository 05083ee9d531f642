import { describe, expect, it } from "vitest";
import { decodeRecord, encodeRecord, ICD10_FORM } from "../document";
import { toFhirBundle } from "./bundle";

const document = decodeRecord(
  encodeRecord({
    diagnosis: "Influenza A",
    icd10: "J10.1",
    treatment: "oseltamivir 75 mg",
    notes: "Rest",
    date: "2026-11-25",
  }),
);

describe("toFhirBundle", () => {
  it("builds a collection with the Patient, a Condition and a MedicationRequest per record", () => {
    if (!document) throw new Error("the record did not round-trip");
    const bundle = toFhirBundle("0xABCDEF0000000000000000000000000000000001", [
      { id: 3n, author: "0x70997970C51812dc3A010C7d01b50e0d17dc79C8", createdAt: 0, document },
    ]);
    expect(bundle.resourceType).toBe("Bundle");
    expect(bundle.type).toBe("collection");
    expect(bundle.entry.map((entry) => entry.resource.resourceType)).toEqual([
      "Patient",
      "Condition",
      "MedicationRequest",
    ]);
    for (const entry of bundle.entry) {
      expect(entry.fullUrl).toMatch(
        /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-8[0-9a-f]{3}-[0-9a-f]{12}$/,
      );
      expect(entry.resource.id).toMatch(/^[A-Za-z0-9\-.]{1,64}$/);
    }
    const [, condition, medication] = bundle.entry.map((entry) => entry.resource as Record<string, unknown>);
    expect(condition).toMatchObject({
      code: { text: "Influenza A", coding: [{ system: "http://hl7.org/fhir/sid/icd-10", code: "J10.1" }] },
      subject: { reference: "Patient/0xabcdef0000000000000000000000000000000001" },
      recordedDate: "2026-11-25",
      note: [{ text: "Rest" }],
    });
    expect(medication).toMatchObject({
      status: "active",
      intent: "order",
      medicationCodeableConcept: { text: "oseltamivir 75 mg" },
      reasonReference: [{ reference: "Condition/condition-3" }],
    });
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
