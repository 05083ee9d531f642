import { describe, expect, it } from "vitest";
import { healthTextWarning } from "./healthText";

/** Review finding 16: public free text was protected only by hint text; the service code accepted "B20" (HIV). */
describe("healthTextWarning", () => {
  it("flags an ICD-10 code wherever it stands, not a billing code", () => {
    expect(healthTextWarning("B20")).toEqual({ kind: "diagnosisCode", match: "B20" });
    expect(healthTextWarning("Follow-up for E11.9")).toEqual({ kind: "diagnosisCode", match: "E11.9" });
    expect(healthTextWarning("CPT-99213")).toBeUndefined();
    expect(healthTextWarning("Outpatient consultation")).toBeUndefined();
  });

  it("flags terms that name a condition, in English and Chinese", () => {
    expect(healthTextWarning("HIV counselling")?.kind).toBe("medicalTerm");
    expect(healthTextWarning("Chemotherapy session 3")?.kind).toBe("medicalTerm");
    expect(healthTextWarning("糖尿病复诊")?.kind).toBe("medicalTerm");
    expect(healthTextWarning("Laboratory panel")).toBeUndefined();
    expect(healthTextWarning("Stitches removed, still healing")).toBeUndefined();
  });

  it("flags words from the patient's own records", () => {
    expect(healthTextWarning("Follow-up: seasonal flu", ["Seasonal flu"])).toEqual({
      kind: "fromRecords",
      match: "Seasonal flu",
    });
    expect(healthTextWarning("Imaging, two views", ["Seasonal flu"])).toBeUndefined();
  });
});
