import type { Address } from "viem";
import { mnemonicToAccount } from "viem/accounts";
import { type PersonaKey, personaByKey } from "../../../app/directory/demoCast";
import { DEV_MNEMONIC } from "./anvil";

export type { PersonaKey };

/** The viem account of a demo persona: anvil's development key at the persona's index. */
export function accountOf(persona: PersonaKey) {
  return mnemonicToAccount(DEV_MNEMONIC, { addressIndex: personaByKey(persona).accountIndex });
}

export function addressOf(persona: PersonaKey): Address {
  return accountOf(persona).address;
}
