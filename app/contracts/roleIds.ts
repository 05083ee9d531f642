import { keccak256, toBytes } from "viem";

/** The four global roles of the CareRoles authority, in the order the UI lists them. */
export const ROLE_NAMES = ["ADMIN", "DOCTOR", "BILLING", "ALLOCATOR"] as const;
export type RoleName = (typeof ROLE_NAMES)[number];

/** Same derivation as the contract's `keccak256("DOCTOR_ROLE")` constants. */
export function roleId(name: RoleName) {
  return keccak256(toBytes(`${name}_ROLE`));
}

export function roleNameOf(id: string): RoleName | undefined {
  return ROLE_NAMES.find((name) => roleId(name) === id.toLowerCase());
}
