import { createContext, type ReactNode, useContext } from "react";

const ActsOnContext = createContext<string | undefined>(undefined);

/**
 * Names the object of the repeated buttons inside (one row's "Pay", "Revoke", "Deactivate"): each `Button` within
 * is described by the elements `describedBy` lists, so a screen reader says "Revoke, Dr. Alice Chen".
 */
export function ActsOn({ describedBy, children }: { describedBy: string; children: ReactNode }) {
  return <ActsOnContext.Provider value={describedBy}>{children}</ActsOnContext.Provider>;
}

export const useActsOn = () => useContext(ActsOnContext);
