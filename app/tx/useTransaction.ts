import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useState } from "react";
import { useTranslation } from "react-i18next";
import { toast } from "sonner";
import type { Hash, TransactionReceipt } from "viem";
import { useChainId, useConfig } from "wagmi";
import { getPublicClient, waitForTransactionReceipt } from "wagmi/actions";
import { rpcProfileOf } from "../chain/chains";
import { syncThrough } from "../contracts/chainSync";
import { deployedContract } from "../contracts/deployments";
import { historyKey } from "../contracts/history/historyStore";
import { addReceiptLogs } from "../contracts/history/syncWindow";
import { scopeKey, scopesTouchedBy } from "../contracts/reads/keys";
import type { ContractName } from "../contracts/registry";
import { shortHash } from "../ui/format";
import { errorMessage } from "./errorMessage";

export type TransactionPhase = "idle" | "signing" | "pending" | "confirmed" | "failed";
export type TransactionResult = { ok: true; receipt: TransactionReceipt } | { ok: false; error: string };

/**
 * The one owner of a transaction's life: awaiting signature → pending (hash) → confirmed / failed, shown as one
 * toast that changes in place, with reverts decoded into words. `send` should simulate first (so a revert is
 * caught before the wallet is asked) and resolve with the hash. "Confirmed" is said only once the reads of the
 * contract it touched show the new state: they are refreshed, and awaited, before the toast changes.
 */
export function useTransaction() {
  const { t } = useTranslation();
  const config = useConfig();
  const chainId = useChainId();
  const queryClient = useQueryClient();
  const [phase, setPhase] = useState<TransactionPhase>("idle");

  const settle = useCallback(
    async (contract: ContractName, receipt: TransactionReceipt) => {
      const deployed = deployedContract(chainId, contract);
      if (deployed) {
        const own = receipt.logs.filter(
          (log) => log.address.toLowerCase() === deployed.address.toLowerCase(),
        );
        addReceiptLogs(historyKey(chainId, deployed), own);
      }
      // The chain sync reads the receipt's block once, for every contract, and refreshes what it changed; the
      // head poll then finds nothing new to read.
      const client = getPublicClient(config, { chainId });
      const refreshed = client
        ? await syncThrough(client, chainId, receipt.blockNumber, queryClient)
        : new Set();
      if (!refreshed.has(contract)) {
        await Promise.all(
          scopesTouchedBy(contract).map((scope) =>
            queryClient.invalidateQueries({ queryKey: scopeKey(chainId, scope) }),
          ),
        );
      }
    },
    [chainId, queryClient, config],
  );

  const run = useCallback(
    async (action: string, contract: ContractName, send: () => Promise<Hash>): Promise<TransactionResult> => {
      const id = toast.loading(t("tx.awaitingSignature", { action }));
      const fail = (message: string): TransactionResult => {
        setPhase("failed");
        toast.error(t("tx.failed", { action }), { id, description: message });
        return { ok: false, error: message };
      };
      setPhase("signing");
      try {
        const hash = await send();
        setPhase("pending");
        toast.loading(t("tx.pending", { action }), {
          id,
          description: t("tx.hash", { hash: shortHash(hash) }),
        });
        const receipt = await waitForTransactionReceipt(config, {
          hash,
          pollingInterval: receiptPollingMs(chainId),
        });
        // Simulation catches almost every revert before signing; one that still happens (the chain changed in
        // between) has no reason in its receipt.
        if (receipt.status !== "success") return fail(t("errors.reverted", { reason: shortHash(hash) }));
        await settle(contract, receipt);
        setPhase("confirmed");
        toast.success(t("tx.confirmed", { action }), {
          id,
          description: t("tx.hash", { hash: shortHash(hash) }),
        });
        return { ok: true, receipt };
      } catch (error) {
        return fail(errorMessage(t, error));
      }
    },
    [config, chainId, settle, t],
  );

  return { run, phase, busy: phase === "signing" || phase === "pending" };
}

/** Receipts are looked for at half the chain's block time, never faster than 4 times a second. */
export function receiptPollingMs(chainId: number): number {
  return Math.max(250, Math.round(rpcProfileOf(chainId).blockTimeMs / 2));
}
