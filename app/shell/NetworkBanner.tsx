import { useTranslation } from "react-i18next";
import { useAccount, useSwitchChain } from "wagmi";
import { chainName, supportedChains } from "../chain/chains";
import { isDeployedOn } from "../contracts/deployments";
import { Button } from "../ui/Button";

/** A connected wallet on a network where CareChain is not deployed gets a prompt to switch. */
export function NetworkBanner() {
  const { t } = useTranslation();
  const { isConnected, chainId, chain } = useAccount();
  const { switchChain, isPending } = useSwitchChain();
  if (!isConnected || isDeployedOn(chainId)) return null;
  const targets = supportedChains.filter((candidate) => isDeployedOn(candidate.id));
  return (
    <div
      role="alert"
      data-testid="wrong-network-banner"
      className="bg-amber-100 print:hidden px-4 py-2 text-sm text-amber-900"
    >
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-center gap-3">
        <span>
          {chain ? t("network.notDeployed", { chain: chainName(chainId) }) : t("network.unsupported")}
        </span>
        {targets.map((target) => (
          <Button key={target.id} disabled={isPending} onClick={() => switchChain({ chainId: target.id })}>
            {t("network.switchTo", { chain: target.name })}
          </Button>
        ))}
      </div>
    </div>
  );
}
