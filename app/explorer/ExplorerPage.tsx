import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import type { AbiFunction } from "viem";
import { useChainId } from "wagmi";
import { contractAddress } from "../contracts/deployments";
import { type ContractName, contractAbis } from "../contracts/registry";
import { Card } from "../ui/Card";
import { PageHeading } from "../ui/PageHeading";
import { FunctionForm } from "./FunctionForm";

const names = Object.keys(contractAbis) as ContractName[];

/**
 * For developers and administrators, in the dev build only (as Scaffold-ETH 2's debug page): every view and every
 * write of every deployed CareChain contract, from its ABI, with the app's own reads and transaction flow.
 */
export default function ExplorerPage() {
  const { t } = useTranslation();
  const chainId = useChainId();
  const [contract, setContract] = useState<ContractName>(names[0] as ContractName);
  const functions = useMemo(
    () =>
      (contractAbis[contract] as readonly { type: string }[])
        .filter((item): item is AbiFunction => item.type === "function")
        .sort((a, b) => a.name.localeCompare(b.name)),
    [contract],
  );
  const reads = functions.filter((fn) => fn.stateMutability === "view" || fn.stateMutability === "pure");
  const writes = functions.filter((fn) => !reads.includes(fn));
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <PageHeading title={t("capability.explorer.title")} />
        <p className="max-w-3xl text-slate-700">{t("explorer.lead")}</p>
      </header>
      <label className="block max-w-md text-sm font-medium">
        {t("explorer.contract")}
        <select
          className="mt-1 block min-h-11 w-full rounded-md border border-slate-300 px-2 text-base sm:text-sm"
          value={contract}
          onChange={(event) => setContract(event.target.value as ContractName)}
        >
          {names.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </select>
      </label>
      <p className="break-all font-mono text-xs text-slate-600" data-testid="explorer-address">
        {contractAddress(chainId, contract) ?? t("explorer.notDeployed")}
      </p>
      {[
        ["explorer.reads", reads],
        ["explorer.writes", writes],
      ].map(([title, list]) => (
        <Card key={title as string} title={t(title as "explorer.reads")} id={`explorer-${title}`}>
          <ul className="space-y-2">
            {(list as AbiFunction[]).map((fn) => (
              <li key={`${fn.name}(${fn.inputs.map((input) => input.type).join(",")})`}>
                <details className="rounded-md border border-slate-200 p-2" data-function={fn.name}>
                  <summary className="flex min-h-11 cursor-pointer items-center font-mono text-sm">
                    {fn.name}({fn.inputs.map((input) => input.type).join(", ")})
                    {fn.outputs.length > 0 && ` → ${fn.outputs.map((output) => output.type).join(", ")}`}
                  </summary>
                  <div className="mt-2">
                    <FunctionForm key={contract} contract={contract} fn={fn} />
                  </div>
                </details>
              </li>
            ))}
          </ul>
        </Card>
      ))}
    </div>
  );
}
