import type { RoleName } from "../roles/roleIds";

export type PersonaKind = "admin" | "doctor" | "patient" | "billing" | "facilityManager";

/**
 * The demo cast of a fresh local chain, by index in anvil's development accounts. `npm run dev` grants these
 * roles when it seeds; the app reads the roles actually held from the chain and only uses this for names.
 */
export const demoPersonas: readonly {
  accountIndex: number;
  name: string;
  kind: PersonaKind;
  roles: readonly RoleName[];
}[] = [
  { accountIndex: 0, name: "Ada Okafor", kind: "admin", roles: ["ADMIN", "ALLOCATOR"] },
  { accountIndex: 1, name: "Dr. Alice Chen", kind: "doctor", roles: ["DOCTOR"] },
  { accountIndex: 2, name: "Dr. Bruno Silva", kind: "doctor", roles: ["DOCTOR"] },
  { accountIndex: 3, name: "Carol Diaz", kind: "patient", roles: [] },
  { accountIndex: 4, name: "Dev Patel", kind: "patient", roles: [] },
  { accountIndex: 5, name: "Erin Walsh", kind: "patient", roles: [] },
  { accountIndex: 6, name: "St. Mary's Billing Office", kind: "billing", roles: ["BILLING"] },
  { accountIndex: 7, name: "Frank Osei", kind: "facilityManager", roles: [] },
];
