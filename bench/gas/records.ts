import { x25519 } from "@noble/curves/ed25519.js";
import { type Address, bytesToHex, type Hex } from "viem";
import { patientRecordsAbi } from "../../app/contracts/generated/patientRecords";
import { recordContext, sealRecord, wrapKey } from "../../app/records/crypto/envelope";
import { newRecoveryKit } from "../../app/records/crypto/recoveryKit";
import { decodeUnlockers } from "../../app/records/crypto/unlockers";
import { unlockersForSetUp, unlockersWithKit, unlockersWithPasskey } from "../../app/records/recordsKey";
import { addressOf } from "../../contracts/script/lib/personas";
import type { Call, ChainWriter } from "../../contracts/script/lib/writer";
import type { GasMeter, GasRow } from "../lib/gasMeter";

const keyPair = () => {
  const secretKey = x25519.utils.randomSecretKey();
  return { secretKey, publicKey: x25519.getPublicKey(secretKey) };
};

/** A typical record: 300 bytes of plaintext, sealed for the patient and its author. */
const plaintext = new TextEncoder().encode(`{"v":1,"condition":{"text":"${"x".repeat(262)}"}}`.slice(0, 300));

/** Carol registers and allows Dr. Chen and Dr. Silva; Dr. Chen writes and amends; Carol shares with Dr. Silva. */
export async function recordGas(measure: GasMeter, writer: ChainWriter, records: Address) {
  const call = (functionName: string, args: readonly unknown[]) =>
    ({ address: records, abi: patientRecordsAbi, functionName, args }) as Call;
  const [carol, alice, bruno, dev] = [keyPair(), keyPair(), keyPair(), keyPair()];
  const chainId = await writer.publicClient.getChainId();
  const rows: GasRow[] = [];

  rows.push(
    await measure(
      "register (encryption key)",
      "carol",
      call("registerEncryptionKey", [bytesToHex(carol.publicKey)]),
    ),
  );
  // A records key made at random, sealed under a recovery kit and a wallet that signs alike (the app's setup), and
  // a kit added to a key registered before kits (one wallet-derived unlocker kept).
  const owner = (persona: "erin" | "carol") => ({ chainId, contract: records, account: addressOf(persona) });
  const erin = keyPair();
  const walletSignature = bytesToHex(new Uint8Array(65).fill(7));
  rows.push(
    await measure(
      "set up a records key (kit and wallet unlockers)",
      "erin",
      call("setUpRecordsKey", [
        bytesToHex(erin.publicKey),
        unlockersForSetUp(erin.secretKey, newRecoveryKit().join(" "), walletSignature, owner("erin")),
      ]),
    ),
  );
  rows.push(
    await measure(
      "add a recovery kit (an older, wallet-derived key)",
      "carol",
      call("setKeyUnlockers", [
        unlockersWithKit([], carol.secretKey, newRecoveryKit().join(" "), owner("carol")),
      ]),
    ),
  );
  // A passkey added beside erin's wallet and kit: a 32-byte credential id (Chromium's), with its sealed copy.
  const erinKit = decodeUnlockers(
    unlockersForSetUp(erin.secretKey, newRecoveryKit().join(" "), walletSignature, owner("erin")),
  );
  const passkey = { credentialId: new Uint8Array(32).fill(3), prfOutput: new Uint8Array(32).fill(5) };
  rows.push(
    await measure(
      "add a passkey (beside a wallet and a kit)",
      "erin",
      call("setKeyUnlockers", [unlockersWithPasskey(erinKit, erin.secretKey, passkey, owner("erin"))]),
    ),
  );
  // Erin replaces her key: a new kit and wallet copy, with her old key's secret sealed for the new key. One
  // transaction whatever the number of records: none is re-wrapped, the old key travels inside the new one.
  const next = keyPair();
  rows.push(
    await measure(
      "replace a records key (kit, wallet, the old key sealed inside)",
      "erin",
      call("setUpRecordsKey", [
        bytesToHex(next.publicKey),
        unlockersForSetUp(next.secretKey, newRecoveryKit().join(" "), walletSignature, owner("erin"), erin),
      ]),
    ),
  );
  await measure("(setup)", "alice", call("registerEncryptionKey", [bytesToHex(alice.publicKey)]));
  await measure("(setup)", "bruno", call("registerEncryptionKey", [bytesToHex(bruno.publicKey)]));
  await measure("(setup)", "dev", call("registerEncryptionKey", [bytesToHex(dev.publicKey)]));
  rows.push(
    await measure(
      "grant (a patient's first consent, no card)",
      "carol",
      call("grantAccess", [addressOf("alice"), "0x"]),
    ),
  );
  await measure("(setup)", "carol", call("grantAccess", [addressOf("bruno"), "0x"]));
  rows.push(
    await measure("accept (a doctor's first patient)", "alice", call("acceptPatient", [addressOf("carol")])),
  );
  await measure("(setup)", "dev", call("grantAccess", [addressOf("alice"), "0x"]));
  rows.push(
    await measure("accept (a doctor's next patient)", "alice", call("acceptPatient", [addressOf("dev")])),
  );

  const context = (patient: "carol" | "dev") =>
    recordContext(chainId, records, addressOf(patient), addressOf("alice"));
  const seal = (patient: "carol" | "dev", keys = patient === "carol" ? carol : dev) =>
    sealRecord(plaintext, [keys.publicKey, alice.publicKey], context(patient));
  const args = (sealed: ReturnType<typeof seal>) =>
    [sealed.contentHash, sealed.payload, sealed.wrappedKeys[0] as Hex, sealed.wrappedKeys[1] as Hex] as const;
  const first = seal("carol");
  rows.push(
    await measure(
      "addRecord (a patient's first, 300 bytes)",
      "alice",
      call("addRecord", [addressOf("carol"), ...args(first)]),
    ),
  );
  const firstId =
    (await writer.publicClient.readContract({
      address: records,
      abi: patientRecordsAbi,
      functionName: "recordCount",
    })) - 1n;
  rows.push(
    await measure(
      "addRecord (a patient's second, 300 bytes)",
      "alice",
      call("addRecord", [addressOf("carol"), ...args(seal("carol"))]),
    ),
  );
  rows.push(
    await measure(
      "amend (300-byte correction)",
      "alice",
      call("amendRecord", [firstId, ...args(seal("carol"))]),
    ),
  );
  await measure("(setup)", "alice", call("addRecord", [addressOf("dev"), ...args(seal("dev"))]));

  const ids = [firstId, firstId + 1n, firstId + 2n];
  const wrapped = ids.map(() => wrapKey(first.contentKey, bruno.publicKey, context("carol")));
  rows.push(
    await measure(
      "share, per record (3 records)",
      "carol",
      call("shareRecords", [addressOf("bruno"), ids, wrapped]),
      3,
    ),
  );
  return rows.filter((row) => row.operation !== "(setup)");
}
