import { describe, expect, it } from "vitest";
import { isIpAddress } from "./passkey";

describe("isIpAddress", () => {
  it("tells the hosts WebAuthn refuses as a relying party from those it takes", () => {
    expect(isIpAddress("127.0.0.1")).toBe(true);
    expect(isIpAddress("192.168.1.20")).toBe(true);
    expect(isIpAddress("[::1]")).toBe(true);
    expect(isIpAddress("localhost")).toBe(false);
    expect(isIpAddress("care.example.org")).toBe(false);
    expect(isIpAddress("1.example")).toBe(false);
  });
});
