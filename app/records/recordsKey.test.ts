import { randomBytes } from "@noble/hashes/utils.js";
import type { Address } from "viem";
import { describe, expect, it } from "vitest";
import { newRecoveryKit } from "./crypto/recoveryKit";
import { decodeUnlockers, newRecordsKeyPair } from "./crypto/unlockers";
import {
  type KeyOwner,
  openWithKit,
  openWithPasskey,
  passkeyIds,
  UnlockRefused,
  unlockersForSetUp,
  unlockersWithPasskey,
} from "./recordsKey";

const CAROL: KeyOwner = {
  chainId: 31337,
  contract: "0x5FbDB2315678afecb367f032d93F642f64180aa3",
  account: "0x90F79bf6EB2c4f870365E785982E1f101E93b906",
};
const DEV: Address = "0x15d34AAf54267DB7D7c367839AAf71A00a2C6A65";
const passkey = () => ({ credentialId: randomBytes(32), prfOutput: randomBytes(32) });
const refusal = (open: () => unknown) => {
  try {
    open();
  } catch (caught) {
    return caught instanceof UnlockRefused ? caught.reason : caught;
  }
  return "opened";
};

describe("passkey unlockers", () => {
  const pair = newRecordsKeyPair();
  const kit = newRecoveryKit().join(" ");
  const setUp = decodeUnlockers(unlockersForSetUp(pair.secretKey, kit, undefined, CAROL));

  it("open the key with the passkey that was added, and keep every other unlocker", () => {
    const phone = passkey();
    const laptop = passkey();
    const withPhone = decodeUnlockers(unlockersWithPasskey(setUp, pair.secretKey, phone, CAROL));
    const both = decodeUnlockers(unlockersWithPasskey(withPhone, pair.secretKey, laptop, CAROL));
    expect(passkeyIds(both)).toEqual([phone.credentialId, laptop.credentialId]);
    expect(openWithPasskey(both, phone, CAROL).publicKey).toEqual(pair.publicKey);
    expect(openWithPasskey(both, laptop, CAROL).publicKey).toEqual(pair.publicKey);
    expect(openWithKit(both, kit, CAROL).publicKey).toEqual(pair.publicKey);
  });

  it("replace a passkey added again instead of keeping two copies", () => {
    const phone = passkey();
    const once = decodeUnlockers(unlockersWithPasskey(setUp, pair.secretKey, phone, CAROL));
    const twice = decodeUnlockers(unlockersWithPasskey(once, pair.secretKey, phone, CAROL));
    expect(passkeyIds(twice)).toHaveLength(1);
  });

  it("keep a key derived from the wallet (no unlockers published) openable by the wallet", () => {
    const added = decodeUnlockers(unlockersWithPasskey([], pair.secretKey, passkey(), CAROL));
    expect(added.map((unlocker) => unlocker.kind)).toEqual(["derived", "passkey"]);
  });

  it("refuse a passkey never added, another PRF output, and a copy made for another account", () => {
    const phone = passkey();
    const list = decodeUnlockers(unlockersWithPasskey(setUp, pair.secretKey, phone, CAROL));
    expect(refusal(() => openWithPasskey(list, passkey(), CAROL))).toBe("noPasskey");
    const otherOutput = { credentialId: phone.credentialId, prfOutput: randomBytes(32) };
    expect(refusal(() => openWithPasskey(list, otherOutput, CAROL))).toBe("notThisPasskey");
    expect(refusal(() => openWithPasskey(list, phone, { ...CAROL, account: DEV }))).toBe("notThisPasskey");
  });
});
