import { useTranslation } from "react-i18next";
import type { ContractFunctionArgs, ContractFunctionName } from "viem";
import { useAccount, useChainId, useConfig } from "wagmi";
import { contractAddress } from "../contracts/deployments";
import { type ContractAbi, type ContractName, contractAbis } from "../contracts/registry";
import type { Action } from "./activity";
import { loadWalletActions } from "./loadWalletActions";
import { useTransaction } from "./useTransaction";

type Writable = "nonpayable" | "payable";

/**
 * Calls a state-changing function of one CareChain contract, chosen by name, on the current chain: simulated first
 * (a revert is decoded before the wallet is asked), then signed and followed through `useTransaction`.
 */
export function useContractAction<const name extends ContractName>(name: name) {
  const { t } = useTranslation();
  const config = useConfig();
  const chainId = useChainId();
  const { address: account } = useAccount();
  const tx = useTransaction();
  const address = contractAddress(chainId, name);

  const send = <functionName extends ContractFunctionName<ContractAbi<name>, Writable>>(
    action: Action,
    functionName: functionName,
    // A function when the arguments need a signature first (a permit): it runs inside the transaction's life,
    // so a refused signature is reported like a refused transaction.
    args:
      | ContractFunctionArgs<ContractAbi<name>, Writable, functionName>
      | (() => Promise<ContractFunctionArgs<ContractAbi<name>, Writable, functionName>>),
    value?: bigint,
  ) =>
    tx.run(action, name, async () => {
      if (!address) throw new Error(t("errors.notDeployed"));
      const resolvedArgs = typeof args === "function" ? await (args as () => Promise<unknown>)() : args;
      const { simulateContract, writeContract } = await loadWalletActions();
      // The generic parameters are checked in this function's signature; viem's own overloads cannot follow them.
      const { request } = await simulateContract(config, {
        account,
        address,
        abi: contractAbis[name],
        functionName,
        args: resolvedArgs,
        value,
      } as never);
      return writeContract(config, request as never);
    });

  return { send, busy: tx.busy, phase: tx.phase };
}
