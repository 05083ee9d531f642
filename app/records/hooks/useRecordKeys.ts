import { useState } from "react";
import { useTranslation } from "react-i18next";
import { bytesToHex, type Hex, zeroHash } from "viem";
import { useAccount, useChainId, useConfig, useReadContract } from "wagmi";
import { signMessage } from "wagmi/actions";
import { contractAddress } from "../../chain/deployments";
import { patientRecordsAbi } from "../../contracts/generated/patientRecords";
import { errorMessage } from "../../tx/errorMessage";
import { useContractAction } from "../../tx/useContractAction";
import { deriveKeyPair, keyDerivationMessage } from "../crypto/keys";
import { rememberKeyPair, useUnlockedKeyPair } from "../keyStore";

export type KeyStatus = "loading" | "needsSetup" | "locked" | "unlocked";

/**
 * The connected account's record key: set up once (two signatures that must agree, then one registration
 * transaction) and unlocked each session (one signature, checked against the key registered on chain).
 */
export function useRecordKeys() {
  const { t } = useTranslation();
  const config = useConfig();
  const chainId = useChainId();
  const { address: me } = useAccount();
  const contract = contractAddress(chainId, "PatientRecords");
  const registered = useReadContract({
    chainId,
    address: contract,
    abi: patientRecordsAbi,
    functionName: "encryptionKeyOf",
    args: me ? [me] : undefined,
    query: { enabled: me !== undefined && contract !== undefined },
  });
  const keyPair = useUnlockedKeyPair(me, chainId, contract);
  const { send, busy } = useContractAction("PatientRecords", patientRecordsAbi);
  const [error, setError] = useState<string | null>(null);
  const [signing, setSigning] = useState(false);

  const status: KeyStatus = keyPair
    ? "unlocked"
    : registered.data === undefined
      ? "loading"
      : registered.data === zeroHash
        ? "needsSetup"
        : "locked";

  const derive = async () => {
    if (!me || !contract) throw new Error(t("errors.notConnected"));
    const signature = await signMessage(config, {
      account: me,
      message: keyDerivationMessage(chainId, contract),
    });
    return deriveKeyPair(signature, chainId, contract);
  };

  const withSignatures = async (work: () => Promise<void>) => {
    setError(null);
    setSigning(true);
    try {
      await work();
    } catch (caught) {
      setError(errorMessage(t, caught));
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
      if (bytesToHex(pair.publicKey) !== (registered.data as Hex | undefined)?.toLowerCase()) {
        setError(t("records.keys.mismatch"));
        return;
      }
      if (me && contract) rememberKeyPair(me, chainId, contract, pair);
    });

  return { status, keyPair, setUp, unlock, busy: busy || signing, error };
}
