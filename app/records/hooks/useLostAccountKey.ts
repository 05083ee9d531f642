import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { type Address, getAddress } from "viem";
import { useChainId, useConfig } from "wagmi";
import { contractAddress } from "../../contracts/deployments";
import { contractReadQuery } from "../../sync/reads/useContractRead";
import { eventsAtQuery } from "../../sync/reads/useEventsAt";
import { decodeUnlockers } from "../crypto/unlockers";
import { rememberKeyPair, useUnlockedKeyPair } from "../keyStore";
import { readPublicKey } from "../publicKeys";
import { isRegistered, openWithKit, UnlockRefused, withReplacedKeys } from "../recordsKey";

/** Why a lost account's records did not open, as the key of the words that say so. */
export type LostAccountRefusal = UnlockRefused["reason"] | "noKey";

/**
 * Opening the records of an account whose wallet is lost, with its recovery kit alone: no wallet is connected or
 * needed, since reading the ledger is public and the kit opens the account's key. The key is kept in this tab's
 * memory only, under that account, as any unlocked key.
 */
export function useLostAccountKey() {
  const config = useConfig();
  const chainId = useChainId();
  const queryClient = useQueryClient();
  const contract = contractAddress(chainId, "PatientRecords");
  const [account, setAccount] = useState<Address>();
  const keyPair = useUnlockedKeyPair(account, chainId, contract);

  /** Opens `lost`'s key with `kit`; resolves with the reason when it does not. */
  const unlock = async (lost: Address, kit: string): Promise<LostAccountRefusal | undefined> => {
    if (!contract) throw new Error(`PatientRecords is not deployed on chain ${chainId}`);
    const owner = { chainId, contract, account: getAddress(lost) };
    const read = contractReadQuery(config, chainId, "PatientRecords", "accountOf", [owner.account]);
    const { keyBlock, unlockersBlock } = await queryClient.fetchQuery(read);
    if (keyBlock === 0) return "noKey";
    if (unlockersBlock === 0) return "noKit";
    const published = await queryClient.fetchQuery(
      eventsAtQuery(config, chainId, "PatientRecords", "KeyUnlockersSet", { account: owner.account }, [
        BigInt(unlockersBlock),
      ]),
    );
    const latest = published.at(-1);
    if (!latest) return "noKit";
    const unlockers = decodeUnlockers(latest.args.unlockers);
    try {
      const pair = openWithKit(unlockers, kit, owner);
      if (!isRegistered(pair, await readPublicKey(config, queryClient, chainId, owner.account)))
        return "notThisKit";
      rememberKeyPair(owner.account, chainId, contract, withReplacedKeys(pair, unlockers, owner));
    } catch (caught) {
      if (caught instanceof UnlockRefused) return caught.reason;
      throw caught;
    }
    setAccount(owner.account);
    return undefined;
  };

  return { account, keyPair, contract, chainId, unlock, forget: () => setAccount(undefined) };
}
