import { describe, expect, it } from "vitest";
import { localToday, recordInputSchema } from "./document";

const record = (date: string) => ({
  diagnosis: "Otitis media",
  icd10: "",
  treatment: "Rest",
  notes: "",
  date,
});
const messageFor = (date: string) => {
  const parsed = recordInputSchema.safeParse(record(date));
  return parsed.success ? null : parsed.error.issues[0]?.message;
};

describe("a record's date of care", () => {
  it("is today or earlier, in the person's own time zone", () => {
    expect(messageFor(localToday())).toBeNull();
    expect(messageFor("2024-02-29")).toBeNull();
    // 23:30 on 31 December, local time, is still that day whatever UTC says.
    expect(localToday(new Date(2026, 11, 31, 23, 30))).toBe("2026-12-31");
  });

  it("refuses the future, before 1900, and days that do not exist", () => {
    const tomorrow = new Date();
    tomorrow.setDate(tomorrow.getDate() + 1);
    expect(messageFor(localToday(tomorrow))).toBe("records.write.dateInFuture");
    expect(messageFor("2099-01-01")).toBe("records.write.dateInFuture");
    expect(messageFor("1899-12-31")).toBe("records.write.dateTooEarly");
    expect(messageFor("2026-02-30")).toBe("validation.required");
    expect(messageFor("")).toBe("validation.required");
  });
});
