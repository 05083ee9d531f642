import type { AbiParameter } from "viem";
import { isHex, size } from "viem";
import { validateAddress } from "../ui/validation";

/** A value typed into a field, parsed for its ABI type, or why it cannot be. */
export type Parsed = { ok: true; value: unknown } | { ok: false; error: string };

const fail = (error: string): Parsed => ({ ok: false, error });

/**
 * Parses what a developer typed for one ABI parameter: addresses (checksum checked), integers in range for their
 * width, booleans, fixed and dynamic bytes as hex, strings as they are, and arrays and tuples as JSON whose
 * elements follow the same rules. Nothing is guessed: a value out of range or of the wrong shape is refused.
 */
export function parseAbiInput(parameter: AbiParameter, text: string): Parsed {
  const json = parameter.type.endsWith("]") || parameter.type === "tuple";
  if (!json) return parseScalar(parameter, text.trim());
  try {
    return parseValue(parameter, JSON.parse(text));
  } catch {
    return fail("explorer.input.json");
  }
}

function parseValue(parameter: AbiParameter, value: unknown): Parsed {
  const array = parameter.type.match(/^(.*)\[(\d*)\]$/);
  if (array) {
    const [, inner = "", length] = array;
    if (!Array.isArray(value)) return fail("explorer.input.array");
    if (length && value.length !== Number(length)) return fail("explorer.input.arrayLength");
    const element = { ...parameter, type: inner } as AbiParameter;
    const parsed = value.map((item) => parseValue(element, item));
    const bad = parsed.find((item) => !item.ok);
    return bad ?? { ok: true, value: parsed.map((item) => (item as { value: unknown }).value) };
  }
  if (parameter.type === "tuple") {
    const components = (parameter as { components?: readonly AbiParameter[] }).components ?? [];
    const fields = Array.isArray(value)
      ? value
      : components.map((component) => (value as Record<string, unknown>)?.[component.name ?? ""]);
    if (fields.length !== components.length) return fail("explorer.input.tuple");
    const parsed = components.map((component, i) => parseValue(component, fields[i]));
    const bad = parsed.find((item) => !item.ok);
    if (bad) return bad;
    const values = parsed.map((item) => (item as { value: unknown }).value);
    return {
      ok: true,
      value: Object.fromEntries(components.map((component, i) => [component.name ?? i, values[i]])),
    };
  }
  return parseScalar(parameter, typeof value === "string" ? value : JSON.stringify(value));
}

function parseScalar({ type }: AbiParameter, text: string): Parsed {
  if (type === "address") {
    const address = validateAddress(text);
    return address.ok || address.error === "validation.zeroAddress"
      ? { ok: true, value: address.ok ? address.value : text }
      : fail(address.error);
  }
  if (type === "bool") {
    if (text === "true" || text === "false") return { ok: true, value: text === "true" };
    return fail("explorer.input.bool");
  }
  if (type === "string") return { ok: true, value: text };
  const integer = type.match(/^(u?)int(\d*)$/);
  if (integer) return parseInteger(integer[1] === "u", Number(integer[2] || 256), text);
  const bytes = type.match(/^bytes(\d*)$/);
  if (bytes) {
    if (!isHex(text, { strict: true }) || text.length % 2 !== 0) return fail("explorer.input.hex");
    if (bytes[1] && size(text) !== Number(bytes[1])) return fail("explorer.input.bytesLength");
    return { ok: true, value: text };
  }
  return fail("explorer.input.unsupported");
}

function parseInteger(unsigned: boolean, bits: number, text: string): Parsed {
  if (!/^-?\d+$/.test(text)) return fail("explorer.input.integer");
  const value = BigInt(text);
  const min = unsigned ? 0n : -(1n << BigInt(bits - 1));
  const max = unsigned ? (1n << BigInt(bits)) - 1n : (1n << BigInt(bits - 1)) - 1n;
  if (value < min || value > max) return fail("explorer.input.range");
  return { ok: true, value };
}

/** A decoded result as a developer reads it: bigints as digits, structs as objects, indented. */
export function formatAbiResult(value: unknown): string {
  if (value === undefined) return "—";
  return JSON.stringify(value, (_, item) => (typeof item === "bigint" ? item.toString() : item), 2);
}
