import type { RoleName } from "../contracts/roleIds";

export type PersonaKind = "admin" | "doctor" | "patient" | "billing" | "facilityManager";

/**
 * The demo cast of a fresh local chain, by index in anvil's development accounts. `npm run dev` grants these
 * roles and lists the professionals in the provider directory when it seeds; the app reads the roles actually held
 * from the chain and uses this only to name the dev accounts. Scripts and tests name demo users by `key`.
 */
export const demoPersonas = [
  { key: "ada", accountIndex: 0, name: "Ada Okafor", kind: "admin", roles: ["ADMIN", "ALLOCATOR"] },
  {
    key: "alice",
    accountIndex: 1,
    name: "Dr. Alice Chen",
    kind: "doctor",
    roles: ["DOCTOR"],
    licence: "GMC 7012345",
  },
  {
    key: "bruno",
    accountIndex: 2,
    name: "Dr. Bruno Silva",
    kind: "doctor",
    roles: ["DOCTOR"],
    licence: "GMC 7023456",
  },
  { key: "carol", accountIndex: 3, name: "Carol Diaz", kind: "patient", roles: [], birthDate: "1984-03-12" },
  { key: "dev", accountIndex: 4, name: "Dev Patel", kind: "patient", roles: [], birthDate: "1990-07-01" },
  { key: "erin", accountIndex: 5, name: "Erin Walsh", kind: "patient", roles: [], birthDate: "1972-11-30" },
  {
    key: "billing",
    accountIndex: 6,
    name: "St. Mary's Billing Office",
    kind: "billing",
    roles: ["BILLING"],
    licence: "NPI 1234567893",
  },
  { key: "frank", accountIndex: 7, name: "Frank Osei", kind: "facilityManager", roles: [] },
  { key: "noor", accountIndex: 8, name: "Noor Haddad", kind: "patient", roles: [], birthDate: "2001-05-17" },
] as const satisfies readonly {
  key: string;
  accountIndex: number;
  name: string;
  kind: PersonaKind;
  roles: readonly RoleName[];
  licence?: string;
  birthDate?: string;
}[];

export type PersonaKey = (typeof demoPersonas)[number]["key"];
export type DemoPersona = (typeof demoPersonas)[number];

export function personaByKey(key: PersonaKey): DemoPersona {
  return demoPersonas.find((persona) => persona.key === key) as DemoPersona;
}
