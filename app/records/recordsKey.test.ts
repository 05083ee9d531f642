import { randomBytes } from "@noble/hashes/utils.js";
import type { Address } from "viem";
import { describe, expect, it } from "vitest";
import { LIMITS } from "../contracts/limits";
import { newRecoveryKit } from "./crypto/recoveryKit";
import { decodeUnlockers, newRecordsKeyPair } from "./crypto/unlockers";
import {
  type KeyOwner,
  openWithKit,
  openWithPasskey,
  passkeyIds,
  replacing,
  UnlockRefused,
  unlockersForSetUp,
  unlockersWithKit,
  unlockersWithPasskey,
  withReplacedKeys,
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

/** Issue 31.3: replacing a records key keeps every older key, sealed for the new key alone. */
describe("replacing a records key", () => {
  const first = newRecordsKeyPair();
  const firstKit = newRecoveryKit().join(" ");
  const firstUnlockers = decodeUnlockers(unlockersForSetUp(first.secretKey, firstKit, undefined, CAROL));
  const second = newRecordsKeyPair();
  const secondKit = newRecoveryKit().join(" ");
  const secondUnlockers = decodeUnlockers(
    unlockersForSetUp(
      second.secretKey,
      secondKit,
      undefined,
      CAROL,
      withReplacedKeys(first, firstUnlockers, CAROL),
    ),
  );
  const third = newRecordsKeyPair();
  const thirdKit = newRecoveryKit().join(" ");
  const opened = (unlockers: ReturnType<typeof decodeUnlockers>, kit: string) =>
    withReplacedKeys(openWithKit(unlockers, kit, CAROL), unlockers, CAROL);

  it("opens the new key with the new kit alone, carrying the key it replaced", () => {
    const key = opened(secondUnlockers, secondKit);
    expect(key.publicKey).toEqual(second.publicKey);
    expect(key.replaced?.map((older) => older.publicKey)).toEqual([first.publicKey]);
    expect(refusal(() => openWithKit(secondUnlockers, firstKit, CAROL))).toBe("notThisKit");
  });

  it("carries the whole line of replaced keys, newest first, through a second replacement", () => {
    const current = opened(secondUnlockers, secondKit);
    const thirdUnlockers = decodeUnlockers(
      unlockersForSetUp(third.secretKey, thirdKit, undefined, CAROL, current),
    );
    const key = opened(thirdUnlockers, thirdKit);
    expect(key.replaced?.map((older) => older.publicKey)).toEqual([second.publicKey, first.publicKey]);
    expect(replacing(third, current).replaced?.map((older) => older.publicKey)).toEqual(
      key.replaced?.map((older) => older.publicKey),
    );
  });

  it("keeps the replaced keys when a kit or passkey is added later, and seals them for this account only", () => {
    const withPasskey = decodeUnlockers(
      unlockersWithPasskey(secondUnlockers, second.secretKey, passkey(), CAROL),
    );
    const withKit = decodeUnlockers(unlockersWithKit(withPasskey, second.secretKey, thirdKit, CAROL));
    expect(opened(withKit, thirdKit).replaced?.[0]?.publicKey).toEqual(first.publicKey);
    expect(() => withReplacedKeys(second, secondUnlockers, { ...CAROL, account: DEV })).toThrow();
  });

  it("fits a hundred replaced keys beside a wallet, a kit and two passkeys within the contract's bound", () => {
    let current = first;
    for (let round = 1; round < 100; round++) current = replacing(newRecordsKeyPair(), current);
    const signature = `0x${"ab".repeat(65)}` as const;
    let encoded = unlockersForSetUp(third.secretKey, thirdKit, signature, CAROL, current);
    for (const _ of [1, 2])
      encoded = unlockersWithPasskey(decodeUnlockers(encoded), third.secretKey, passkey(), CAROL);
    expect(withReplacedKeys(third, decodeUnlockers(encoded), CAROL).replaced).toHaveLength(100);
    expect((encoded.length - 2) / 2).toBeLessThanOrEqual(LIMITS.unlockersBytes);
  });
});
