import { describe, expect, it } from "vitest";
import { healthTextWarning } from "./healthText";
import {
  HELD_OUT_TEXTS,
  LABELLED_TEXTS,
  type LabelledText,
  ROUND_ONE_TEXTS,
  ROUND_TWO_TEXTS,
} from "./healthText.cases";

const flagged = (text: string, known?: readonly string[], exempt?: readonly string[]) =>
  healthTextWarning(text, { known, exempt }) !== undefined;

function measure(texts: readonly LabelledText[]) {
  const outcomes = texts.map((item) => ({ ...item, flagged: flagged(item.text, item.known, item.exempt) }));
  const positives = outcomes.filter((item) => item.health);
  const negatives = outcomes.filter((item) => !item.health);
  const recall = positives.filter((item) => item.flagged).length / positives.length;
  const falseAlarms = negatives.filter((item) => item.flagged).length / negatives.length;
  const summary =
    `recall ${(recall * 100).toFixed(1)}% (${positives.filter((item) => item.flagged).length}/${positives.length}), ` +
    `false alarms ${(falseAlarms * 100).toFixed(1)}% (${negatives.filter((item) => item.flagged).length}/${negatives.length})`;
  return { outcomes, positives, negatives, recall, falseAlarms, summary };
}

/** Every text the rules were written or changed against: the first list and the two earlier held-out rounds. */
const TUNED_ON = [...LABELLED_TEXTS, ...ROUND_ONE_TEXTS, ...ROUND_TWO_TEXTS];

describe("healthTextWarning, measured on the labelled public-field texts", () => {
  const tuned = measure(TUNED_ON);
  const heldOut = measure(HELD_OUT_TEXTS);

  it("holds at least 200 texts, health data and harmless, in English and Chinese", () => {
    const all = [...TUNED_ON, ...HELD_OUT_TEXTS];
    expect(all.length).toBeGreaterThanOrEqual(200);
    expect(all.filter((item) => item.health).length).toBeGreaterThan(80);
    expect(all.filter((item) => !item.health).length).toBeGreaterThan(80);
    expect(all.filter((item) => /\p{Script=Han}/u.test(item.text)).length).toBeGreaterThan(40);
  });

  it("finds at least 95% of the health data it was tuned on, with at most 5% false alarms", () => {
    console.log(`health-text detector, ${tuned.outcomes.length} texts it was tuned on: ${tuned.summary}`);
    for (const miss of tuned.positives.filter((item) => !item.flagged)) console.log(`  missed: ${miss.text}`);
    for (const alarm of tuned.negatives.filter((item) => item.flagged))
      console.log(`  false alarm: ${alarm.text}`);
    expect(tuned.recall).toBeGreaterThanOrEqual(0.95);
    expect(tuned.falseAlarms).toBeLessThanOrEqual(0.05);
  });

  /**
   * The honest figure: on text written after its rules last changed it finds about a third of the health data.
   * Health vocabulary has a long tail no word list reaches; this is why a flagged text needs a second, explicit
   * confirmation and the service code is chosen from a list (docs/SECURITY.md). The bounds only keep it from
   * getting worse; they are not a goal.
   */
  it("is measured apart on texts it was never tuned on, and does no worse there than when they were written", () => {
    console.log(
      `health-text detector, ${heldOut.outcomes.length} held-out texts (never tuned on): ${heldOut.summary}`,
    );
    expect(heldOut.recall).toBeGreaterThanOrEqual(11 / 36);
    expect(heldOut.falseAlarms).toBeLessThanOrEqual(2 / 28);
  });
});

/** Third review, finding 4: the cases the review tried by hand. */
describe("healthTextWarning, the review's cases", () => {
  it("finds a diagnosis code behind a CPT prefix", () => {
    expect(healthTextWarning("CPT-F32.9")).toEqual({ kind: "diagnosisCode", match: "F32.9" });
    expect(healthTextWarning("CPT B20")).toEqual({ kind: "diagnosisCode", match: "B20" });
    expect(healthTextWarning("CPT-99213")).toBeUndefined();
  });

  it("finds single words of the patient's records and card, not only the whole phrase", () => {
    const known = ["Seasonal influenza", "Rest and fluids; paracetamol 500 mg", "Carol Diaz"];
    expect(healthTextWarning("influenza follow-up", { known })?.kind).toBe("fromRecords");
    expect(healthTextWarning("Diaz, second visit", { known })).toEqual({
      kind: "fromRecords",
      match: "diaz",
    });
    expect(healthTextWarning("paracetamol refill", { known })?.kind).toBe("fromRecords");
    expect(healthTextWarning("Rest room key", { known })).toBeUndefined();
  });

  it("finds any word of the patient's card name, however short", () => {
    expect(healthTextWarning("Visit, Li", { names: ["Li Na"] })).toEqual({ kind: "personName", match: "li" });
    expect(healthTextWarning("王芳复诊", { names: ["王芳"] })).toEqual({ kind: "personName", match: "王芳" });
    expect(healthTextWarning("Lab fee", { names: ["Li Na"] })).toBeUndefined();
  });

  it("finds a person's name and the condition in a request reason", () => {
    expect(healthTextWarning("for Mr John Smith, room 12, after his kidney failure")?.kind).toBe(
      "personName",
    );
    expect(healthTextWarning("room 12, after his kidney failure")?.kind).toBe("medicalTerm");
  });

  it("leaves the deployment's own resource types alone", () => {
    const exempt = ["Dialysis chairs"];
    expect(healthTextWarning("More dialysis chairs", { exempt })).toBeUndefined();
    expect(healthTextWarning("More dialysis chairs")?.kind).toBe("medicalTerm");
    expect(healthTextWarning("Dialysis for Mr Brown", { exempt })?.kind).toBe("personName");
  });
});
