import type { Address } from "viem";
import { describe, expect, it } from "vitest";
import { namesakes, patientLabel } from "./patientIdentity";

const CAROL: Address = "0x90F79bf6EB2c4f870365E785982E1f101E93b906";
const IMPOSTOR: Address = "0x90F7000000000000000000000000000000000906";
const DEV: Address = "0x15d34AAf54267DB7D7c367839AAf71A00a2C6A65";
const born = (date: string) => `born ${date}`;

describe("patient identity", () => {
  it("labels a patient with name, birth date and short address, or the address alone", () => {
    expect(
      patientLabel({ account: CAROL, card: { name: "Carol Diaz", birthDate: "1984-03-12" } }, born),
    ).toBe("Carol Diaz, born 1984-03-12 (0x90F7…b906)");
    expect(patientLabel({ account: CAROL, card: undefined }, born)).toBe("0x90F7…b906");
  });

  it("finds patients whose cards carry one name, however it is spaced or cased", () => {
    const shared = namesakes([
      { account: CAROL, card: { name: "Carol Diaz" } },
      { account: IMPOSTOR, card: { name: "  carol   DIAZ" } },
      { account: DEV, card: { name: "Dev Patel" } },
      { account: CAROL, card: { name: "Carol Diaz" } },
    ]);
    expect(shared.get(CAROL)).toEqual([IMPOSTOR]);
    expect(shared.get(IMPOSTOR)).toEqual([CAROL]);
    expect(shared.has(DEV)).toBe(false);
  });

  it("treats Unicode compatibility forms as the same name", () => {
    const shared = namesakes([
      { account: CAROL, card: { name: "Carol Diaz" } },
      { account: IMPOSTOR, card: { name: "Ｃａｒｏｌ Ｄｉａｚ" } },
    ]);
    expect(shared.get(CAROL)).toEqual([IMPOSTOR]);
  });
});
