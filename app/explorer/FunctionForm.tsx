import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { type AbiFunction, parseEther } from "viem";
import { z } from "zod";
import type { ContractName } from "../contracts/registry";
import { useViewReader } from "../sync/reads/useContractRead";
import { errorMessage } from "../tx/errorMessage";
import { useContractAction } from "../tx/useContractAction";
import { Form } from "../ui/form/Form";
import { TextInput } from "../ui/form/fields";
import { useZodForm } from "../ui/form/useZodForm";
import { formatAbiResult, parseAbiInput } from "./abiInput";

/** The form's fields for one function: each input by position (names may be empty), and ETH for a payable one. */
function schemaFor(fn: AbiFunction) {
  return z
    .object(
      Object.fromEntries(fn.inputs.map((_, i) => [`arg${i}`, z.string()])) as Record<string, z.ZodString>,
    )
    .extend({ value: z.string().optional() })
    .transform((fields, context) => {
      const args = fn.inputs.map((input, i) => {
        const parsed = parseAbiInput(input, fields[`arg${i}`] ?? "");
        if (!parsed.ok) context.addIssue({ code: "custom", path: [`arg${i}`], message: parsed.error });
        return parsed.ok ? parsed.value : undefined;
      });
      let value: bigint | undefined;
      if (fn.stateMutability === "payable") {
        try {
          value = parseEther(fields.value?.trim() || "0");
        } catch {
          context.addIssue({ code: "custom", path: ["value"], message: "explorer.input.ether" });
        }
      }
      return { args, value };
    });
}

/**
 * One function of one contract: typed inputs from its ABI, then a read through the app's read engine (decoded
 * result, or the revert in words), or a write through the app's transaction flow (simulated, signed, followed and
 * reported like every other transaction).
 */
export function FunctionForm({ contract, fn }: { contract: ContractName; fn: AbiFunction }) {
  const { t } = useTranslation();
  const reads = fn.stateMutability === "view" || fn.stateMutability === "pure";
  const { read } = useViewReader(contract);
  const { send, busy } = useContractAction(contract);
  const [result, setResult] = useState<{ ok: boolean; text: string }>();
  const form = useZodForm(
    useMemo(() => schemaFor(fn), [fn]),
    { defaultValues: Object.fromEntries([...fn.inputs.map((_, i) => [`arg${i}`, ""]), ["value", ""]]) },
  );
  const label = `${contract}.${fn.name}`;
  return (
    <Form
      form={form}
      label={label}
      submitLabel={t(reads ? "explorer.read" : "explorer.write")}
      busy={!reads && busy}
      className="space-y-2"
      onSubmit={async ({ args, value }) => {
        if (reads) {
          try {
            setResult({ ok: true, text: formatAbiResult(await read(fn.name as never, args)) });
          } catch (error) {
            setResult({ ok: false, text: errorMessage(t, error) });
          }
          return;
        }
        const sent = await send(t("explorer.tx", { call: label }), fn.name as never, args as never, value);
        setResult(sent.ok ? { ok: true, text: t("explorer.confirmed") } : { ok: false, text: sent.error });
      }}
    >
      {fn.inputs.map((input, i) => (
        <TextInput
          // biome-ignore lint/suspicious/noArrayIndexKey: a function's parameters are fixed, by position
          key={i}
          name={`arg${i}`}
          label={`${input.name || `#${i}`} (${input.type})`}
          mono
          hint={input.type.endsWith("]") || input.type === "tuple" ? t("explorer.jsonHint") : undefined}
        />
      ))}
      {fn.stateMutability === "payable" && <TextInput name="value" label={t("explorer.value")} mono />}
      {result && (
        <pre
          data-testid={`result-${fn.name}`}
          className={`overflow-x-auto rounded bg-slate-50 p-2 text-xs ${result.ok ? "text-slate-800" : "text-red-800"}`}
        >
          {result.text}
        </pre>
      )}
    </Form>
  );
}
