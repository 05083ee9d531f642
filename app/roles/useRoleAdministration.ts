import { useTranslation } from "react-i18next";
import type { Address } from "viem";
import { useAccount, useChainId, useConfig } from "wagmi";
import { simulateContract, writeContract } from "wagmi/actions";
import { contractAddress } from "../chain/deployments";
import { careRolesAbi } from "../contracts/generated";
import { useTransaction } from "../tx/useTransaction";
import { shortAddress } from "../ui/format";
import { type RoleName, roleId } from "./roleIds";

/** Grant and revoke roles on the CareRoles authority, through the shared transaction lifecycle. */
export function useRoleAdministration() {
  const { t } = useTranslation();
  const config = useConfig();
  const chainId = useChainId();
  const { address: account } = useAccount();
  const tx = useTransaction();
  const careRoles = contractAddress(chainId, "CareRoles");

  const change = (functionName: "grantRole" | "revokeRole", role: RoleName, target: Address) => {
    const action = t(functionName === "grantRole" ? "roles.tx.grant" : "roles.tx.revoke", {
      role: t(`roles.${role}`),
      account: shortAddress(target),
    });
    return tx.run(action, async () => {
      if (!careRoles) throw new Error(t("errors.notDeployed"));
      const { request } = await simulateContract(config, {
        account,
        address: careRoles,
        abi: careRolesAbi,
        functionName,
        args: [roleId(role), target],
      });
      return writeContract(config, request);
    });
  };

  return {
    grant: (role: RoleName, target: Address) => change("grantRole", role, target),
    revoke: (role: RoleName, target: Address) => change("revokeRole", role, target),
    busy: tx.busy,
  };
}
