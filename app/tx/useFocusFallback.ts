import { type RefObject, useEffect } from "react";
import { rescueFocus } from "../ui/focusRescue";
import type { Activity } from "./activity";

const CHECK_MS = 200;

/**
 * While a transaction is followed, and when it ends, a focus that fell to <body> (its button disabled while it
 * signs, or removed once it is paid) is moved to the transaction's report, so that the next Tab continues from the
 * result rather than from the top of the page. A focus the person placed anywhere else is left alone.
 */
export function useFocusFallback(activity: Activity | undefined, report: RefObject<HTMLElement | null>) {
  const phase = activity?.phase;
  // biome-ignore lint/correctness/useExhaustiveDependencies: each new transaction and each step is a new check
  useEffect(() => {
    if (!phase) return;
    const rescue = () => rescueFocus(report.current);
    rescue();
    if (phase === "confirmed" || phase === "failed") return;
    const timer = setInterval(rescue, CHECK_MS);
    return () => clearInterval(timer);
  }, [activity?.id, phase, report]);
}
