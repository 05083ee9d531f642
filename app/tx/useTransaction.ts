import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useState } from "react";
import { useTranslation } from "react-i18next";
import { toast } from "sonner";
import type { Hash, TransactionReceipt } from "viem";
import { useConfig } from "wagmi";
import { waitForTransactionReceipt } from "wagmi/actions";
import { shortHash } from "../ui/format";
import { errorMessage } from "./errorMessage";

export type TransactionPhase = "idle" | "signing" | "pending" | "confirmed" | "failed";
export type TransactionResult = { ok: true; receipt: TransactionReceipt } | { ok: false; error: string };

/**
 * The one owner of a transaction's life: awaiting signature → pending (hash) → confirmed / failed, shown as one
 * toast that changes in place, with reverts decoded into words. `send` should simulate first (so a revert is
 * caught before the wallet is asked) and resolve with the hash. Every query is refreshed on confirmation.
 */
export function useTransaction() {
  const { t } = useTranslation();
  const config = useConfig();
  const queryClient = useQueryClient();
  const [phase, setPhase] = useState<TransactionPhase>("idle");

  const run = useCallback(
    async (action: string, send: () => Promise<Hash>): Promise<TransactionResult> => {
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
        const receipt = await waitForTransactionReceipt(config, { hash });
        // Simulation catches almost every revert before signing; one that still happens (the chain changed in
        // between) has no reason in its receipt.
        if (receipt.status !== "success") return fail(t("errors.reverted", { reason: shortHash(hash) }));
        setPhase("confirmed");
        toast.success(t("tx.confirmed", { action }), {
          id,
          description: t("tx.hash", { hash: shortHash(hash) }),
        });
        await queryClient.invalidateQueries();
        return { ok: true, receipt };
      } catch (error) {
        return fail(errorMessage(t, error));
      }
    },
    [config, queryClient, t],
  );

  return { run, phase, busy: phase === "signing" || phase === "pending" };
}
