import { useMemo } from "react";
import { useContractHistory } from "../../sync/history/useContractHistory";
import { toHistory } from "../history";

/** The audit history: the newest window of blocks at first, older activity on request. */
export function useResourceHistory() {
  const history = useContractHistory("ResourceAllocation");
  const entries = useMemo(() => history.events && toHistory(history.events), [history.events]);
  return { ...history, entries };
}
