import {
  type Abi,
  BaseError,
  ChainMismatchError,
  ContractFunctionRevertedError,
  decodeErrorResult,
  type Hex,
  HttpRequestError,
  InsufficientFundsError,
  isAddress,
  RawContractError,
  SwitchChainError,
  UserRejectedRequestError,
} from "viem";
import { roleNameOf } from "../contracts/roleIds";
import { shortAddress } from "../ui/format";

type AbiError = Extract<Abi[number], { type: "error" }>;

export type DecodedError = {
  /** An i18n key under `errors.` */
  key: string;
  /** Interpolation values by the error's ABI argument names; roles come as their role name (DOCTOR…). */
  values: Record<string, string>;
};

/**
 * Turns anything a wallet, a node or a contract throws into an i18n key and values: custom-error reverts by name
 * (decoded from every CareChain ABI), and the usual wallet and network failures.
 */
export function decodeError(error: unknown, abi: Abi = []): DecodedError {
  if (!(error instanceof BaseError)) {
    if (error instanceof TypeError) return { key: "errors.nodeUnreachable", values: {} };
    return {
      key: "errors.unknown",
      values: { message: error instanceof Error ? error.message : String(error) },
    };
  }
  if (error.walk((e) => e instanceof UserRejectedRequestError || (e as { code?: number }).code === 4001)) {
    return { key: "errors.rejected", values: {} };
  }
  if (error.walk((e) => e instanceof ChainMismatchError || e instanceof SwitchChainError)) {
    return { key: "errors.wrongNetwork", values: {} };
  }
  if (error.walk((e) => e instanceof InsufficientFundsError))
    return { key: "errors.insufficientFunds", values: {} };

  const reverted = error.walk((e) => e instanceof ContractFunctionRevertedError);
  if (reverted instanceof ContractFunctionRevertedError) return fromRevert(reverted, abi);

  const raw = error.walk((e) => e instanceof RawContractError);
  if (raw instanceof RawContractError && typeof raw.data === "string") {
    const decoded = tryDecode(raw.data, abi);
    if (decoded) return decoded;
  }
  if (error.walk((e) => e instanceof HttpRequestError)) return { key: "errors.nodeUnreachable", values: {} };
  return { key: "errors.unknown", values: { message: error.shortMessage } };
}

function fromRevert(reverted: ContractFunctionRevertedError, abi: Abi): DecodedError {
  const { data } = reverted;
  const builtIn = data?.errorName === "Error" || data?.errorName === "Panic";
  if (data?.errorName && !builtIn) {
    const names = (data.abiItem as AbiError).inputs.map((input) => input.name ?? "");
    return { key: `errors.contract.${data.errorName}`, values: namedValues(names, data.args ?? []) };
  }
  if (!builtIn && reverted.raw) {
    const decoded = tryDecode(reverted.raw, abi);
    if (decoded) return decoded;
  }
  return { key: "errors.reverted", values: { reason: reverted.reason ?? reverted.shortMessage } };
}

function tryDecode(data: Hex, abi: Abi): DecodedError | undefined {
  try {
    const { errorName, args, abiItem } = decodeErrorResult({ abi, data });
    if (errorName === "Error" || errorName === "Panic") return undefined;
    const names = (abiItem as AbiError).inputs.map((input) => input.name ?? "");
    return { key: `errors.contract.${errorName}`, values: namedValues(names, args ?? []) };
  } catch {
    return undefined;
  }
}

function namedValues(names: string[], args: readonly unknown[]): Record<string, string> {
  return Object.fromEntries(names.map((name, index) => [name, formatArg(args[index])]));
}

function formatArg(value: unknown): string {
  if (typeof value === "string" && isAddress(value)) return shortAddress(value);
  if (typeof value === "string" && value.length === 66) return roleNameOf(value) ?? value;
  return String(value);
}
