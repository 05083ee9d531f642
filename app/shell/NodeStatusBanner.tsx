import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useChainId } from "wagmi";
import { chainName, rpcUrlOf } from "../chain/chains";
import { useChainHead } from "../sync/chainHead";

export function NodeStatusBanner() {
  const { t } = useTranslation();
  const chainId = useChainId();
  const health = useChainHead();
  const queryClient = useQueryClient();
  const wasDown = useRef(false);
  const [back, setBack] = useState(false);
  const down = health.isError;

  useEffect(() => {
    if (down) wasDown.current = true;
    else if (wasDown.current && health.isSuccess) {
      wasDown.current = false;
      setBack(true);
      setTimeout(() => setBack(false), 6_000);
      // Everything read while the node was away failed or went stale: read it again.
      queryClient.invalidateQueries();
    }
  }, [down, health.isSuccess, queryClient]);

  if (!down) {
    if (!back) return null;
    return (
      <div role="status" className="bg-emerald-700 px-4 py-2 text-center text-sm text-white print:hidden">
        {t("network.nodeBack")}
      </div>
    );
  }
  return (
    <div
      role="alert"
      data-testid="node-down-banner"
      className="bg-red-700 print:hidden px-4 py-2 text-center text-sm text-white"
    >
      {t("network.nodeDown", { chain: chainName(chainId), url: rpcUrlOf(chainId) ?? "?" })}
    </div>
  );
}
