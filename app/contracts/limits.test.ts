import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  CONSENT_STATUS,
  DOCTOR_DECISION,
  INVOICE_STATUS,
  LIMITS,
  PROVIDER_KINDS,
  REQUEST_STATUS,
} from "./limits";

/**
 * The app's copy of the contracts' limits and enums against the Solidity sources: a change on chain fails here
 * until limits.ts follows. (e2e/limits.spec.ts reads the same constants from the deployed contracts.)
 */
const source = (file: string) => readFileSync(path.join(__dirname, "../../contracts/src", file), "utf8");

function constant(file: string, name: string): number {
  const match = source(file).match(new RegExp(`constant ${name} = ([\\d_]+);`));
  if (!match) throw new Error(`${name} is not a numeric constant of ${file}`);
  return Number(match[1]?.replaceAll("_", ""));
}

function enumMembers(file: string, name: string): string[] {
  // Comments go first: NatSpec may name a function in braces ({requestsOf}).
  const code = source(file).replace(/\/\/.*$/gm, "");
  const body = code.match(new RegExp(`enum ${name} \\{([^}]*)\\}`))?.[1];
  if (!body) throw new Error(`enum ${name} is not in ${file}`);
  return body
    .split("\n")
    .map((line) =>
      line
        .replace(/\/\/.*$/, "")
        .trim()
        .replace(/,$/, ""),
    )
    .filter(Boolean);
}

const camel = (name: string) => name.charAt(0).toLowerCase() + name.slice(1);

describe("limits.ts matches the contracts", () => {
  it.each([
    ["resourceNameBytes", "ResourceInventory.sol", "MAX_NAME_BYTES"],
    ["unitBytes", "ResourceInventory.sol", "MAX_UNIT_BYTES"],
    ["holdingsCells", "ResourceInventory.sol", "MAX_HOLDINGS_CELLS"],
    ["maxUnits", "ResourceInventory.sol", "MAX_UNITS"],
    ["pageItems", "ResourceInventory.sol", "MAX_PAGE"],
    ["reasonBytes", "ResourceAllocation.sol", "MAX_REASON_BYTES"],
    ["descriptionBytes", "ServicePayments.sol", "MAX_DESCRIPTION_BYTES"],
    ["pageItems", "ServicePayments.sol", "MAX_PAGE"],
    ["payloadBytes", "PatientRecords.sol", "MAX_PAYLOAD_BYTES"],
    ["wrappedKeyBytes", "PatientRecords.sol", "WRAPPED_KEY_BYTES"],
    ["cardBytes", "PatientRecords.sol", "MAX_CARD_BYTES"],
    ["unlockersBytes", "PatientRecords.sol", "MAX_UNLOCKERS_BYTES"],
    ["pageItems", "PatientRecords.sol", "MAX_PAGE"],
    ["providerNameBytes", "ProviderDirectory.sol", "MAX_NAME_BYTES"],
    ["pageItems", "ProviderDirectory.sol", "MAX_PAGE"],
  ] as const)("%s is %s's %s", (key, file, name) => {
    expect(LIMITS[key]).toBe(constant(file, name));
  });

  it.each([
    [REQUEST_STATUS, "interfaces/IResourceAllocation.sol", "RequestStatus"],
    [INVOICE_STATUS, "interfaces/IServicePayments.sol", "Status"],
    [CONSENT_STATUS, "interfaces/IPatientRecords.sol", "ConsentStatus"],
    [DOCTOR_DECISION, "interfaces/IPatientRecords.sol", "DoctorDecision"],
    [PROVIDER_KINDS, "ProviderDirectory.sol", "Kind"],
  ] as const)("%j lists %s's enum %s in order", (list, file, name) => {
    expect([...list]).toEqual(enumMembers(file, name).map(camel));
  });
});
