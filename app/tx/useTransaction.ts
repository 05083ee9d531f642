import { type QueryClient, useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Address, Hash, TransactionReceipt } from "viem";
import { type Config, useAccount, useChainId, useConfig } from "wagmi";
import { rpcProfileOf } from "../chain/chains";
import type { ContractName } from "../contracts/registry";
import { settleReceipt } from "../sync/settleReceipt";
import { shortHash } from "../ui/format";
import { type Action, actionSubject, actionText, startActivity, updateActivity } from "./activity";
import { errorMessage } from "./errorMessage";
import { loadWalletActions } from "./loadWalletActions";
import { forgetPending, pendingTransactions, rememberPending, type Sent, sentKey } from "./pendingStore";

// What this page is already following (by sentKey), so that resuming after an account switch does not follow one
// twice.
const following = new Set<string>();

export type TransactionPhase = "idle" | "signing" | "pending" | "confirmed" | "failed";
export type TransactionResult = { ok: true; receipt: TransactionReceipt } | { ok: false; error: string };

/**
 * The one owner of a transaction's life: awaiting signature → pending (hash) → confirmed / failed, shown in the
 * status area and on the row it acts on, with reverts decoded into words. `send` should simulate first (so a revert
 * is caught before the wallet is asked) and resolve with the hash, or with the id of a batch of calls the wallet
 * sends as one (EIP-5792), which is followed to its transaction. "Confirmed" is said only once the reads the
 * transaction changed show the new state: they are refreshed, and awaited, first. A sent transaction is kept in
 * IndexedDB until it resolves, so that a reload still reports it.
 */
export function useTransaction() {
  const { t } = useTranslation();
  const config = useConfig();
  const chainId = useChainId();
  const { address: account } = useAccount();
  const queryClient = useQueryClient();
  const [phase, setPhase] = useState<TransactionPhase>("idle");

  const run = useCallback(
    async (
      action: Action,
      contract: ContractName,
      send: () => Promise<Hash | { callsId: string }>,
    ): Promise<TransactionResult> => {
      const id = startActivity({
        action: actionText(action),
        subject: actionSubject(action),
        phase: "signing",
      });
      const fail = (message: string): TransactionResult => {
        setPhase("failed");
        updateActivity(id, { phase: "failed", detail: message });
        return { ok: false, error: message };
      };
      setPhase("signing");
      try {
        const returned = await send();
        const sent: Sent = typeof returned === "string" ? { hash: returned } : returned;
        following.add(sentKey(sent));
        setPhase("pending");
        updateActivity(id, { phase: "pending", hash: sent.hash });
        if (account) {
          await rememberPending(chainId, account, {
            ...sent,
            action: actionText(action),
            contract,
            subject: actionSubject(action),
          });
        }
        const receipt = await followToEnd(config, queryClient, { chainId, account, contract, sent }, (hash) =>
          updateActivity(id, { hash }),
        );
        // Simulation catches almost every revert before signing; one that still happens (the chain changed in
        // between) has no reason in its receipt.
        if (receipt.status !== "success")
          return fail(t("errors.reverted", { reason: shortHash(receipt.transactionHash) }));
        setPhase("confirmed");
        updateActivity(id, { phase: "confirmed" });
        return { ok: true, receipt };
      } catch (error) {
        return fail(errorMessage(t, error));
      }
    },
    [config, chainId, account, queryClient, t],
  );

  return { run, phase, busy: phase === "signing" || phase === "pending" };
}

/**
 * After a reload: the transactions this account sent on this chain that had not confirmed are followed again, and
 * each is reported when it resolves. Mounted once, by the shell.
 */
export function useResumePendingTransactions() {
  const { t } = useTranslation();
  const config = useConfig();
  const chainId = useChainId();
  const { address: account } = useAccount();
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!account) return;
    let cancelled = false;
    pendingTransactions(chainId, account).then((list) => {
      for (const pending of list) {
        if (cancelled) return;
        if (following.has(sentKey(pending))) continue;
        following.add(sentKey(pending));
        const id = startActivity({
          action: pending.action,
          subject: pending.subject,
          phase: "pending",
          hash: pending.hash,
        });
        followToEnd(
          config,
          queryClient,
          { chainId, account, contract: pending.contract, sent: pending },
          (hash) => updateActivity(id, { hash }),
        ).then(
          (receipt) =>
            updateActivity(
              id,
              receipt.status === "success"
                ? { phase: "confirmed" }
                : {
                    phase: "failed",
                    detail: t("errors.reverted", { reason: shortHash(receipt.transactionHash) }),
                  },
            ),
          (error: unknown) => updateActivity(id, { phase: "failed", detail: errorMessage(t, error) }),
        );
      }
    });
    return () => {
      cancelled = true;
    };
  }, [chainId, account, config, queryClient, t]);
}

type Followed = { chainId: number; account: Address | undefined; contract: ContractName; sent: Sent };

/**
 * Waits for the receipt (of a batch: for the wallet to name its transaction, then for that), brings every read it
 * changed up to date (awaited), then forgets the pending entry.
 */
async function followToEnd(
  config: Config,
  queryClient: QueryClient,
  { chainId, account, contract, sent }: Followed,
  named: (hash: Hash) => void,
) {
  const { waitForTransactionReceipt } = await loadWalletActions();
  const hash =
    sent.hash !== undefined
      ? sent.hash
      : await batchTransaction(config, chainId, sent.callsId).catch(async (error: unknown) => {
          // A batch the wallet gave up on will never land: it is not followed again after a reload.
          if (error instanceof BatchNotSent && account) await forgetPending(chainId, account, sent);
          throw error;
        });
  named(hash);
  const receipt = await waitForTransactionReceipt(config, {
    hash,
    chainId,
    pollingInterval: receiptPollingMs(chainId),
  });
  if (receipt.status === "success") await settleReceipt(config, queryClient, chainId, contract, receipt);
  if (account) await forgetPending(chainId, account, sent);
  return receipt;
}

/** The transaction a wallet made of a batch of calls, once it has one; a batch the wallet gave up on throws. */
async function batchTransaction(config: Config, chainId: number, callsId: string): Promise<Hash> {
  const { waitForCallsStatus } = await loadWalletActions();
  // No time limit: like a transaction's, a batch stays pending (across reloads too) until it lands or fails.
  const { receipts } = await waitForCallsStatus(config, {
    id: callsId,
    pollingInterval: receiptPollingMs(chainId),
    timeout: 0,
  });
  const landed = receipts?.at(-1)?.transactionHash;
  if (!landed) throw new BatchNotSent();
  return landed;
}

/** The wallet reported a batch as failed before any of it reached the chain. */
class BatchNotSent extends Error {
  constructor() {
    super("The wallet did not send the batch");
  }
}

/** Receipts are looked for at half the chain's block time, never faster than 4 times a second. */
export function receiptPollingMs(chainId: number): number {
  return Math.max(250, Math.round(rpcProfileOf(chainId).blockTimeMs / 2));
}
