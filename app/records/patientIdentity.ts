import type { Address } from "viem";
import { shortAddress } from "../ui/format";
import type { PatientCard } from "./patientCard";

/** Who a patient is to a doctor: the name and birth date from their card (if any), and always the address. */
export type PatientIdentity = { account: Address; card: PatientCard | undefined };

const nameKey = (name: string) => name.normalize("NFKC").trim().replace(/\s+/g, " ").toLocaleLowerCase();

/**
 * A patient as a doctor's lists name them: the card's name with the date of birth when given, and the short
 * address, so that two patients with one name still read differently.
 */
export function patientLabel({ account, card }: PatientIdentity, born: (date: string) => string): string {
  if (!card) return shortAddress(account);
  const birth = card.birthDate ? `, ${born(card.birthDate)}` : "";
  return `${card.name}${birth} (${shortAddress(account)})`;
}

/**
 * For each patient whose card name another patient's card also carries (names compared as people read them: case,
 * spacing and Unicode compatibility forms aside), the other accounts with that name. Anyone can write any name
 * into a card: the same name twice is the moment to check the address.
 */
export function namesakes(people: readonly PatientIdentity[]): Map<Address, Address[]> {
  const byName = new Map<string, Address[]>();
  for (const { account, card } of people) {
    if (!card) continue;
    const key = nameKey(card.name);
    const accounts = byName.get(key) ?? [];
    if (!accounts.some((known) => known.toLowerCase() === account.toLowerCase())) accounts.push(account);
    byName.set(key, accounts);
  }
  const shared = new Map<Address, Address[]>();
  for (const accounts of byName.values()) {
    if (accounts.length < 2) continue;
    for (const account of accounts)
      shared.set(
        account,
        accounts.filter((other) => other !== account),
      );
  }
  return shared;
}
