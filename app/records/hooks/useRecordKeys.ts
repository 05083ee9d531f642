import { useQueryClient } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { bytesToHex, type Hex, isAddressEqual, recoverMessageAddress, zeroAddress } from "viem";
import { useAccount, useChainId, useConfig } from "wagmi";
import { contractAddress } from "../../contracts/deployments";
import { useContractRead } from "../../sync/reads/useContractRead";
import { useEventsAt } from "../../sync/reads/useEventsAt";
import { errorMessage } from "../../tx/errorMessage";
import { loadWalletActions } from "../../tx/loadWalletActions";
import { useContractAction } from "../../tx/useContractAction";
import { type KeyPair, keyDerivationMessage, normalizedSignature } from "../crypto/keys";
import { createPasskey, PasskeyRefused, passkeyPrf, passkeysAvailable } from "../crypto/passkey";
import { decodeUnlockers, newRecordsKeyPair, type Unlocker } from "../crypto/unlockers";
import { rememberKeyPair, useUnlockedKeyPair } from "../keyStore";
import { readPublicKey } from "../publicKeys";
import {
  isRegistered,
  type KeyOwner,
  openWithKit,
  openWithPasskey,
  openWithWallet,
  passkeyIds,
  replacing,
  UnlockRefused,
  unlockersForSetUp,
  unlockersWithKit,
  unlockersWithPasskey,
  withReplacedKeys,
} from "../recordsKey";

export type KeyStatus = "loading" | "needsSetup" | "locked" | "unlocked";

/** A wallet's answer that must never become a key: the reason, in words, is the message. */
class RefusedSignature extends Error {
  /** Not a 65-byte signature at all (a smart account's own format): such a wallet simply cannot be an unlocker. */
  constructor(
    message: string,
    readonly unusable = false,
  ) {
    super(message);
  }
}

/**
 * The connected account's records key. Set up once: a key pair made at random here, its secret sealed under a
 * recovery kit (and under the wallet's signature when the wallet signs alike each time), published in one
 * transaction. Unlocked each session by the wallet's signature or the kit, and checked against the key registered
 * on chain. A signature counts only if it is 65 bytes and the account's own (recovered, or confirmed by the
 * account contract through ERC-1271). Accounts set up before unlockers keep their key derived from the signature,
 * and may add a kit.
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
  // Where a refusal is said: at the key's panel, or in the form that replaces the key.
  const [refusal, setRefusal] = useState<{ words: string; where: "key" | "replace" } | null>(null);
  const setError = (words: string) => setRefusal({ words, where: "key" });
  const [notice, setNotice] = useState<string | null>(null);
  const [signing, setSigning] = useState(false);

  const status: KeyStatus = keyPair
    ? "unlocked"
    : account.data === undefined
      ? "loading"
      : account.data.keyBlock === 0
        ? "needsSetup"
        : "locked";
  // The registered key, and its unlockers, are read while the buttons wait for a click.
  useEventsAt(
    "PatientRecords",
    "EncryptionKeyRegistered",
    me && { account: me },
    status === "locked" && account.data ? [BigInt(account.data.keyBlock)] : [],
  );
  const unlockersBlock = account.data?.unlockersBlock ?? 0;
  const published = useEventsAt(
    "PatientRecords",
    "KeyUnlockersSet",
    me && { account: me },
    unlockersBlock ? [BigInt(unlockersBlock)] : [],
  );
  const unlockers = useMemo((): Unlocker[] | undefined => {
    if (account.data === undefined) return undefined;
    if (unlockersBlock === 0) return [];
    const latest = published.data?.at(-1);
    return latest ? decodeUnlockers(latest.args.unlockers) : undefined;
  }, [account.data, unlockersBlock, published.data]);
  const hasKit = unlockers?.some((unlocker) => unlocker.kind === "kit") ?? false;
  const passkeys = passkeyIds(unlockers ?? []);
  // None published: a key derived from the wallet, set up before unlockers existed.
  const walletUnlocks =
    !unlockers?.length ||
    unlockers.some((unlocker) => unlocker.kind === "wallet" || unlocker.kind === "derived");

  const owner = (): KeyOwner => {
    if (!me || !contract) throw new Error(t("errors.notConnected"));
    return { chainId, contract, account: me };
  };

  const walletSignature = async () => {
    const { account: signer } = owner();
    const message = keyDerivationMessage(chainId, owner().contract);
    const { signMessage } = await loadWalletActions();
    const signature = normalizedSignature(await signMessage(config, { account: signer, message }));
    if (!signature) throw new RefusedSignature(t("records.keys.badSignature"), true);
    if (!(await isOwnSignature(signer, message, signature))) {
      throw new RefusedSignature(t("records.keys.notYourSignature"));
    }
    return signature;
  };

  // An ordinary account's signature is checked here, with no request; only an account contract is asked (ERC-1271).
  const isOwnSignature = async (signer: Hex, message: string, signature: Hex) =>
    isAddressEqual(await recoverMessageAddress({ message, signature }).catch(() => zeroAddress), signer) ||
    (await loadWalletActions()).verifyMessage(config, { address: signer, message, signature });

  const attempt = async (work: () => Promise<void>, where: "key" | "replace" = "key") => {
    setRefusal(null);
    setSigning(true);
    try {
      await work();
    } catch (caught) {
      setRefusal({ words: refusalWords(caught), where });
    } finally {
      setSigning(false);
    }
  };

  const refusalWords = (caught: unknown): string => {
    if (caught instanceof PasskeyRefused) return t(`records.passkey.${caught.reason}`);
    if (caught instanceof RefusedSignature) return caught.message;
    if (!(caught instanceof UnlockRefused)) return errorMessage(t, caught);
    if (caught.reason === "useKitInstead") return t("records.keys.useKitInstead");
    if (caught.reason === "noPasskey" || caught.reason === "notThisPasskey")
      return t(`records.passkey.${caught.reason}`);
    return t(`records.kit.${caught.reason}`);
  };

  const registered = () => readPublicKey(config, queryClient, chainId, owner().account);
  const remember = (pair: ReturnType<typeof newRecordsKeyPair>) =>
    rememberKeyPair(owner().account, chainId, owner().contract, pair);

  /**
   * Publishes a new records key whose recovery kit the person has just written down and confirmed: the first, or
   * one that replaces the unlocked key (whose secrets, and those it replaced, the new key then carries sealed).
   */
  const publishNewKey = (kit: string, current?: KeyPair) =>
    attempt(
      async () => {
        // A wallet whose signatures are not 65 bytes, or differ each time, cannot unlock: the kit alone then does.
        const first = await walletSignature().catch((caught: unknown) => {
          if (caught instanceof RefusedSignature && caught.unusable) return undefined;
          throw caught;
        });
        const alike = first !== undefined && first === (await walletSignature());
        const pair = newRecordsKeyPair();
        const sealedCopies = unlockersForSetUp(
          pair.secretKey,
          kit,
          alike ? first : undefined,
          owner(),
          current,
        );
        const label = current ? t("records.tx.replaceKey") : t("records.tx.register");
        const result = await send(label, "setUpRecordsKey", [bytesToHex(pair.publicKey), sealedCopies]);
        if (!result.ok) return;
        remember(current ? replacing(pair, current) : pair);
        const notices = [
          ...(current ? [t("records.rotation.done")] : []),
          ...(alike ? [] : [t("records.keys.walletCannotUnlock")]),
        ];
        setNotice(notices.length ? notices.join(" ") : null);
      },
      current ? "replace" : "key",
    );

  const setUp = (kit: string) => publishNewKey(kit);
  /** Replaces the unlocked key (a kit or device that may have leaked): past records stay readable with the new one. */
  const replaceKey = (kit: string) => (keyPair ? publishNewKey(kit, keyPair) : Promise.resolve());

  const unlockWith = (open: (list: Unlocker[]) => Promise<ReturnType<typeof newRecordsKeyPair>>) =>
    attempt(async () => {
      const pair = await open(unlockers ?? []);
      if (!isRegistered(pair, await registered())) {
        setError(t("records.keys.mismatch"));
        return;
      }
      remember(withReplacedKeys(pair, unlockers ?? [], owner()));
    });

  const unlock = () => unlockWith(async (list) => openWithWallet(list, await walletSignature(), owner()));
  const unlockWithKit = (kit: string) => unlockWith(async (list) => openWithKit(list, kit, owner()));
  const unlockWithPasskey = () =>
    unlockWith(async (list) => openWithPasskey(list, await passkeyPrf(passkeyIds(list)), owner()));

  /** Makes a passkey and publishes a copy of the unlocked key sealed under it, keeping every other unlocker. */
  const addPasskey = () =>
    attempt(async () => {
      if (!keyPair || !unlockers) return;
      const answer = await createPasskey(
        `CareChain ${owner().account.slice(0, 6)}…${owner().account.slice(-4)}`,
      );
      const result = await send(t("records.tx.savePasskey"), "setKeyUnlockers", [
        unlockersWithPasskey(unlockers, keyPair.secretKey, answer, owner()),
      ]);
      if (result.ok) setNotice(t("records.passkey.added"));
    });

  /** Publishes a recovery kit for the unlocked key, keeping the ways it is unlocked already. */
  const addKit = (kit: string) =>
    attempt(async () => {
      if (!keyPair || !unlockers) return;
      await send(t("records.tx.saveKit"), "setKeyUnlockers", [
        unlockersWithKit(unlockers, keyPair.secretKey, kit, owner()),
      ]);
    });

  return {
    status,
    keyPair,
    hasKit,
    walletUnlocks,
    unlockersKnown: unlockers !== undefined,
    setUp,
    replaceKey,
    unlock,
    unlockWithKit,
    addKit,
    passkeyCount: passkeys.length,
    passkeysAvailable: passkeysAvailable(),
    unlockWithPasskey,
    addPasskey,
    busy: busy || signing,
    error: refusal?.where === "key" ? refusal.words : null,
    replaceError: refusal?.where === "replace" ? refusal.words : null,
    notice,
  };
}
