import { describe, expect, it } from "vitest";
import { ROLE_NAMES, roleId, roleNameOf } from "./roleIds";

describe("role ids", () => {
  it("match the contract's keccak256 constants (ADMIN_ROLE as emitted by a deployed CareRoles)", () => {
    expect(roleId("ADMIN")).toBe("0xa49807205ce4d355092ef5a8a18f56e8913cf4a201fbe287825b095693c21775");
  });
  it("map back to their names, and unknown ids to nothing", () => {
    for (const name of ROLE_NAMES) expect(roleNameOf(roleId(name))).toBe(name);
    expect(roleNameOf(`0x${"00".repeat(32)}`)).toBeUndefined();
  });
});
