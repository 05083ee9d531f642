import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { bytesToHex, type Hex, isAddressEqual, recoverMessageAddress, zeroAddress } from "viem";
import { useAccount, useChainId, useConfig } from "wagmi";
import { contractAddress } from "../../contracts/deployments";
import { useContractRead } from "../../sync/reads/useContractRead";
import { useEventsAt } from "../../sync/reads/useEventsAt";
import { errorMessage } from "../../tx/errorMessage";
import { loadWalletActions } from "../../tx/loadWalletActions";
import { useContractAction } from "../../tx/useContractAction";
import { deriveKeyPair, keyDerivationMessage, normalizedSignature } from "../crypto/keys";
import { rememberKeyPair, useUnlockedKeyPair } from "../keyStore";
import { readPublicKey } from "../publicKeys";

export type KeyStatus = "loading" | "needsSetup" | "locked" | "unlocked";

/** A wallet's answer that must never become a key: the reason, in words, is in the message key. */
class RefusedSignature extends Error {}

/**
 * The connected account's record key: set up once (two signatures that must agree, then one registration
 * transaction) and unlocked each session (one signature, checked against the key registered on chain). A
 * signature becomes a key only if it is 65 bytes and is the account's own (recovered, or confirmed by the account
 * contract through ERC-1271).
 */
export function useRecordKeys() {
  const { t } = useTranslation();
  const config = useConfig();
  const chainId = useChainId();
  const { address: me } = useAccount();
  const contract = contractAddress(chainId, "PatientRecords");
  const account = useContractRead("PatientRecords", "accountOf", me ? [me] : undefined);
  const queryClient = useQueryClient();
  const keyPair = useUnlockedKeyPair(me, chainId, contract);
  const { send, busy } = useContractAction("PatientRecords");
  const [error, setError] = useState<string | null>(null);
  const [signing, setSigning] = useState(false);

  const status: KeyStatus = keyPair
    ? "unlocked"
    : account.data === undefined
      ? "loading"
      : account.data.keyBlock === 0
        ? "needsSetup"
        : "locked";
  // The registered key, which Unlock checks the derived one against, is read while the button waits for a click.
  useEventsAt(
    "PatientRecords",
    "EncryptionKeyRegistered",
    me && { account: me },
    status === "locked" && account.data ? [BigInt(account.data.keyBlock)] : [],
  );

  const derive = async () => {
    if (!me || !contract) throw new Error(t("errors.notConnected"));
    const message = keyDerivationMessage(chainId, contract);
    const { signMessage } = await loadWalletActions();
    const signature = normalizedSignature(await signMessage(config, { account: me, message }));
    if (!signature) throw new RefusedSignature(t("records.keys.badSignature"));
    if (!(await isOwnSignature(me, message, signature))) {
      throw new RefusedSignature(t("records.keys.notYourSignature"));
    }
    return deriveKeyPair(signature, chainId, contract);
  };

  // An ordinary account's signature is checked here, with no request; only an account contract is asked (ERC-1271).
  const isOwnSignature = async (account: Hex, message: string, signature: Hex) =>
    isAddressEqual(await recoverMessageAddress({ message, signature }).catch(() => zeroAddress), account) ||
    (await loadWalletActions()).verifyMessage(config, { address: account, message, signature });

  const withSignatures = async (work: () => Promise<void>) => {
    setError(null);
    setSigning(true);
    try {
      await work();
    } catch (caught) {
      setError(caught instanceof RefusedSignature ? caught.message : errorMessage(t, caught));
    } finally {
      setSigning(false);
    }
  };

  const setUp = () =>
    withSignatures(async () => {
      const first = await derive();
      const second = await derive();
      if (bytesToHex(first.publicKey) !== bytesToHex(second.publicKey)) {
        setError(t("records.keys.nonDeterministic"));
        return;
      }
      const result = await send(t("records.tx.register"), "registerEncryptionKey", [
        bytesToHex(first.publicKey),
      ]);
      if (result.ok && me && contract) rememberKeyPair(me, chainId, contract, first);
    });

  const unlock = () =>
    withSignatures(async () => {
      const pair = await derive();
      const registered = me && (await readPublicKey(config, queryClient, chainId, me));
      if (bytesToHex(pair.publicKey) !== registered?.toLowerCase()) {
        setError(t("records.keys.mismatch"));
        return;
      }
      if (me && contract) rememberKeyPair(me, chainId, contract, pair);
    });

  return { status, keyPair, setUp, unlock, busy: busy || signing, error };
}
