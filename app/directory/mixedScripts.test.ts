import { describe, expect, it } from "vitest";
import { mixedScripts } from "./mixedScripts";

/** Third review, finding 6: "Dr. Аlice Chen" with a Cyrillic А was listed and shown as verified. */
describe("mixedScripts", () => {
  it("names the scripts of a name that mixes look-alike letters", () => {
    expect(mixedScripts("Dr. \u0410lice Chen")?.sort()).toEqual(["Cyrillic", "Latin"]);
    expect(mixedScripts("St. Mary\u2019s Billing Οffice")).toEqual(
      expect.arrayContaining(["Latin", "Greek"]),
    );
  });

  it("leaves names in one script, and scripts written together, alone", () => {
    for (const name of [
      "Dr. Alice Chen",
      "Dr. José Müller",
      "Д-р Ольга Иванова",
      "王医生",
      "山田クリニック",
      "김민준 醫院",
    ]) {
      expect(mixedScripts(name), name).toBeUndefined();
    }
  });
});
