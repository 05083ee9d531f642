import { type Address, stringToHex } from "viem";
import { careRolesAbi } from "../../../app/contracts/generated/careRoles";
import { providerDirectoryAbi } from "../../../app/contracts/generated/providerDirectory";
import { PROVIDER_KINDS } from "../../../app/contracts/limits";
import { roleId } from "../../../app/contracts/roleIds";
import { demoPersonas } from "../../../app/directory/demoCast";
import { addressOf } from "../lib/personas";
import type { ChainWriter } from "../lib/writer";

const directoryKind = {
  admin: "administrator",
  doctor: "doctor",
  billing: "billingOffice",
  facilityManager: "facility",
} as const;

/**
 * Ada, the deployer and first administrator, grants each demo persona its roles, and lists every professional in
 * the provider directory under the name patients will see.
 */
export async function seedRoles({ send, publicClient }: ChainWriter, careRoles: Address, directory: Address) {
  for (const persona of demoPersonas) {
    for (const role of persona.roles) {
      const account = addressOf(persona.key);
      const held = await publicClient.readContract({
        address: careRoles,
        abi: careRolesAbi,
        functionName: "hasRole",
        args: [roleId(role), account],
      });
      if (!held) {
        await send("ada", {
          address: careRoles,
          abi: careRolesAbi,
          functionName: "grantRole",
          args: [roleId(role), account],
        });
      }
    }
  }
  for (const persona of demoPersonas) {
    if (persona.kind === "patient") continue;
    const kind = PROVIDER_KINDS.indexOf(directoryKind[persona.kind]);
    const licence =
      "licence" in persona ? stringToHex(persona.licence, { size: 32 }) : (`0x${"0".repeat(64)}` as const);
    await send("ada", {
      address: directory,
      abi: providerDirectoryAbi,
      functionName: "list",
      args: [addressOf(persona.key), kind, persona.name, licence],
    });
  }
}
