import { type Address, getAddress, isAddress, zeroAddress } from "viem";
import type { Config } from "wagmi";
import { PROVIDER_KINDS, type ProviderKind } from "../contracts/limits";
import type { ViewResult } from "../contracts/types";
import { contractReadQuery, useContractRead } from "../sync/reads/useContractRead";
import { mixedScripts } from "./mixedScripts";

export type Party = {
  address: Address;
  name?: string;
  kind?: ProviderKind;
  verified: boolean;
  licence?: string;
  /** The scripts of a name that mixes look-alike letters ("Dr. Аlice Chen"): it may pass for another. */
  mixedScripts?: string[];
};

const licenceText = (hex: `0x${string}`) =>
  new TextDecoder()
    .decode(Uint8Array.from(hex.slice(2).match(/../g) ?? [], (byte) => Number.parseInt(byte, 16)))
    .replace(/\0+$/, "");

/** The read `useParty` makes for `address`, for code that knows the address will be shown before it is. */
export const partyQuery = (config: Config, chainId: number, address: Address) =>
  contractReadQuery(config, chainId, "ProviderDirectory", "entriesOf", [[address]]);

/**
 * Who is behind an address, as the provider directory says: a display name with a verified mark while the account
 * still holds the role its entry stands for. Every address on a page asks at once: the reads travel together.
 */
export function useParty(address: Address | undefined): Party | undefined {
  const query = useContractRead("ProviderDirectory", "entriesOf", address ? [[address]] : undefined);
  const entry = query.data?.[0];
  if (!address) return undefined;
  if (!entry || PROVIDER_KINDS[entry.kind] === "none") return { address, verified: false };
  return {
    address,
    name: entry.name,
    kind: PROVIDER_KINDS[entry.kind] as ProviderKind,
    verified: entry.verified,
    licence: licenceText(entry.licence) || undefined,
    mixedScripts: mixedScripts(entry.name),
  };
}

type DirectoryEntry = ViewResult<"ProviderDirectory", "entriesOf">[number];

/** The name a directory entry gives its account, when the entry lists a provider (else none). */
export const listedName = (entry: DirectoryEntry | undefined) =>
  entry && PROVIDER_KINDS[entry.kind] !== "none" && entry.name ? entry.name : undefined;

/** The directory's names of several accounts at once (the authors of a patient's records, say), by lower-case address. */
export function usePartyNames(addresses: readonly Address[]): ReadonlyMap<string, string> {
  const unique = [...new Set(addresses.map((address) => address.toLowerCase() as Address))]
    .sort()
    .slice(0, 100);
  const query = useContractRead("ProviderDirectory", "entriesOf", unique.length ? [unique] : undefined);
  const names = new Map<string, string>();
  for (const entry of query.data ?? []) {
    const name = listedName(entry);
    if (name) names.set(entry.account.toLowerCase(), name);
  }
  return names;
}

/**
 * The directory entry an address looks like when shortened (same first and last four hex digits) but is not: a
 * ground-out address posing as a known provider.
 */
export function useLookalike(input: string | undefined): Party | undefined {
  // Any capitalisation: the form judges the checksum; a look-alike is one whatever its case.
  const address =
    input && isAddress(input.trim(), { strict: false }) ? getAddress(input.trim().toLowerCase()) : undefined;
  const lookalike = useContractRead("ProviderDirectory", "lookalikeOf", address ? [address] : undefined);
  const listed = lookalike.data && lookalike.data !== zeroAddress ? lookalike.data : undefined;
  return useParty(listed);
}
