import type { Address } from "viem";
import { demoPersonas } from "../../../app/chain/demoPersonas";
import { careRolesAbi } from "../../../app/contracts/generated/careRoles";
import { roleId } from "../../../app/roles/roleIds";
import type { ChainWriter } from "./chainWriter";

/** The admin (account 0, the deployer) grants each demo persona its roles. */
export async function seedRoles({ write, accountAt }: ChainWriter, careRoles: Address) {
  for (const persona of demoPersonas) {
    for (const role of persona.roles) {
      await write(0, {
        address: careRoles,
        abi: careRolesAbi,
        functionName: "grantRole",
        args: [roleId(role), accountAt(persona.accountIndex)],
      });
    }
  }
}
