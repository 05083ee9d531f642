import type { QueryClient } from "@tanstack/react-query";
import type { Address, Hex } from "viem";
import type { Config } from "wagmi";
import { contractReadQuery } from "../sync/reads/useContractRead";
import { eventsAtQuery } from "../sync/reads/useEventsAt";

/**
 * `account`'s registered X25519 public key, or null while it has none. The contract keeps only the block of the
 * latest registration; the key is in that block's event (the last one, if the account rotated twice in it).
 */
export async function readPublicKey(
  config: Config,
  queryClient: QueryClient,
  chainId: number,
  account: Address,
): Promise<Hex | null> {
  const { keyBlock } = await queryClient.fetchQuery(
    contractReadQuery(config, chainId, "PatientRecords", "accountOf", [account]),
  );
  if (keyBlock === 0) return null;
  const registered = await queryClient.fetchQuery(
    eventsAtQuery(config, chainId, "PatientRecords", "EncryptionKeyRegistered", { account }, [
      BigInt(keyBlock),
    ]),
  );
  return registered.at(-1)?.args.publicKey ?? null;
}
