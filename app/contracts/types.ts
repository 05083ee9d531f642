import type {
  ContractEventName,
  ContractFunctionArgs,
  ContractFunctionName,
  ContractFunctionReturnType,
  ParseEventLogsReturnType,
} from "viem";
import type { ContractAbi, ContractName } from "./registry";

/**
 * Every type the app uses for a contract's struct, list item or event, derived from the generated ABI: rename a
 * field in Solidity and every use of it stops compiling (contractTypes.check.ts proves it). Never write one again
 * by hand.
 */

export type ViewName<name extends ContractName> = ContractFunctionName<ContractAbi<name>, "view" | "pure">;
export type ViewArgs<name extends ContractName, fn extends ViewName<name>> = ContractFunctionArgs<
  ContractAbi<name>,
  "view" | "pure",
  fn
>;
/** What a view returns. */
export type ViewResult<name extends ContractName, fn extends ViewName<name>> = ContractFunctionReturnType<
  ContractAbi<name>,
  "view" | "pure",
  fn
>;

/** One item of a list view that pages: `view(…, cursor, limit) → (items, next)`. */
export type PageItem<name extends ContractName, fn extends ViewName<name>> =
  ViewResult<name, fn> extends readonly [readonly (infer item)[], unknown] ? item : never;

/** One element of a view that returns an array. */
export type ListItem<name extends ContractName, fn extends ViewName<name>> =
  ViewResult<name, fn> extends readonly (infer item)[] ? item : never;

export type EventName<name extends ContractName> = ContractEventName<ContractAbi<name>>;

/** A decoded log of one event of one contract (or of any of them, without `event`), as parseEventLogs gives it. */
export type EventLog<
  name extends ContractName,
  event extends EventName<name> | undefined = undefined,
> = ParseEventLogsReturnType<ContractAbi<name>, event, true>[number];
