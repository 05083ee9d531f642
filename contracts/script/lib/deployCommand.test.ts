import { describe, expect, it } from "vitest";
import { parseDeployCommand } from "./deployCommand";

const KEY = "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";

describe("npm run deploy's command line", () => {
  it("keeps the private key in the environment and off forge's argv", () => {
    const command = parseDeployCommand(["--rpc-url", "http://node", "--verify"], {
      DEPLOYER_PRIVATE_KEY: KEY,
    });
    expect(command.rpcUrl).toBe("http://node");
    expect(command.forgeArgs).toEqual(["--verify"]);
    expect(command.forgeArgs.join(" ")).not.toContain(KEY);
    expect(command.env).toEqual({ DEPLOYER_PRIVATE_KEY: KEY });
  });

  it("refuses a key on the command line, where other local users could read it", () => {
    for (const flags of [["--private-key", KEY], [`--private-key=${KEY}`]])
      expect(() => parseDeployCommand(["--rpc-url", "http://node", ...flags], {})).toThrow(
        /DEPLOYER_PRIVATE_KEY/,
      );
  });

  it("accepts a keystore or a hardware wallet instead, and passes no secret", () => {
    const command = parseDeployCommand(["--rpc-url", "http://node", "--account", "deployer"], {});
    expect(command.forgeArgs).toEqual(["--account", "deployer"]);
    expect(command.env).toEqual({});
  });

  it("says what is missing: the node, or a signer", () => {
    expect(() => parseDeployCommand([], { DEPLOYER_PRIVATE_KEY: KEY })).toThrow(/--rpc-url URL/);
    expect(() => parseDeployCommand(["--rpc-url", "http://node"], {})).toThrow(/No signer/);
  });
});
