import { describe, expect, it } from "vitest";
import { unitFor } from "./units";

describe("unitFor", () => {
  it("agrees an English unit with one, and leaves other quantities plural", () => {
    expect(unitFor("machines", 1n, "en")).toBe("machine");
    expect(unitFor("beds", 1, "en")).toBe("bed");
    expect(unitFor("doses", 1n, "en")).toBe("dose");
    expect(unitFor("boxes", 1n, "en")).toBe("box");
    expect(unitFor("batteries", 1n, "en")).toBe("battery");
    expect(unitFor("machines", 2n, "en")).toBe("machines");
    expect(unitFor("machines", 0n, "en")).toBe("machines");
  });

  it("leaves units that are not plural, and languages without plural forms, alone", () => {
    expect(unitFor("kit", 1n, "en")).toBe("kit");
    expect(unitFor("glass", 1n, "en")).toBe("glass");
    expect(unitFor("台", 1n, "zh-CN")).toBe("台");
    expect(unitFor("machines", 1n, "zh-CN")).toBe("machines");
  });
});
