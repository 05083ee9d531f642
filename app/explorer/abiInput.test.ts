import fc from "fast-check";
import type { AbiParameter } from "viem";
import { describe, expect, it } from "vitest";
import { formatAbiResult, parseAbiInput } from "./abiInput";

const param = (type: string, components?: AbiParameter[]) =>
  ({ name: "x", type, components }) as AbiParameter;

describe("parseAbiInput", () => {
  it("parses addresses, booleans, strings and bytes by their ABI type", () => {
    expect(parseAbiInput(param("address"), "0x90f79bf6eb2c4f870365e785982e1f101e93b906")).toEqual({
      ok: true,
      value: "0x90F79bf6EB2c4f870365E785982E1f101E93b906",
    });
    expect(parseAbiInput(param("address"), "0x90F79bf6EB2c4f870365E785982E1f101E93B906").ok).toBe(false);
    expect(parseAbiInput(param("bool"), "true")).toEqual({ ok: true, value: true });
    expect(parseAbiInput(param("bool"), "yes").ok).toBe(false);
    expect(parseAbiInput(param("bytes32"), `0x${"ab".repeat(32)}`).ok).toBe(true);
    expect(parseAbiInput(param("bytes32"), "0xabcd")).toEqual({
      ok: false,
      error: "explorer.input.bytesLength",
    });
    expect(parseAbiInput(param("bytes"), "0xabc")).toEqual({ ok: false, error: "explorer.input.hex" });
    expect(parseAbiInput(param("string"), " a note ")).toEqual({ ok: true, value: "a note" });
  });

  it("takes any integer its width holds, and refuses one it does not", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: (1n << 96n) - 1n }), (value) => {
        expect(parseAbiInput(param("uint96"), value.toString())).toEqual({ ok: true, value });
      }),
    );
    expect(parseAbiInput(param("uint96"), (1n << 96n).toString()).ok).toBe(false);
    expect(parseAbiInput(param("uint8"), "-1").ok).toBe(false);
    expect(parseAbiInput(param("int8"), "-128")).toEqual({ ok: true, value: -128n });
    expect(parseAbiInput(param("uint256"), "1e3").ok).toBe(false);
  });

  it("parses arrays and tuples from JSON, element by element", () => {
    expect(parseAbiInput(param("uint256[]"), '["1", 2]')).toEqual({ ok: true, value: [1n, 2n] });
    expect(parseAbiInput(param("uint256[2]"), "[1]").ok).toBe(false);
    const tuple = param("tuple", [
      { name: "id", type: "uint256" },
      { name: "who", type: "address" },
    ]);
    expect(parseAbiInput(tuple, '{"id": "7", "who": "0x90f79bf6eb2c4f870365e785982e1f101e93b906"}')).toEqual({
      ok: true,
      value: { id: 7n, who: "0x90F79bf6EB2c4f870365E785982E1f101E93b906" },
    });
    expect(parseAbiInput(param("uint256[]"), "[1,").ok).toBe(false);
  });
});

describe("formatAbiResult", () => {
  it("writes bigints as digits inside structs and lists", () => {
    expect(formatAbiResult({ id: 7n, list: [1n] })).toBe('{\n  "id": "7",\n  "list": [\n    "1"\n  ]\n}');
  });
});
