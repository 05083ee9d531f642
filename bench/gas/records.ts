import { x25519 } from "@noble/curves/ed25519.js";
import { type Address, bytesToHex, createPublicClient, type Hex, http } from "viem";
import { patientRecordsAbi } from "../../app/contracts/generated/patientRecords";
import { sealRecord, wrapKey } from "../../app/records/crypto/envelope";
import type { GasMeter, GasRow } from "../lib/gasMeter";

const keyPair = () => {
  const secretKey = x25519.utils.randomSecretKey();
  return { secretKey, publicKey: x25519.getPublicKey(secretKey) };
};

/** A typical record: 300 bytes of plaintext, sealed for the patient and its author. */
const plaintext = new TextEncoder().encode(`{"v":1,"condition":{"text":"${"x".repeat(262)}"}}`.slice(0, 300));

export async function recordGas(
  measure: GasMeter,
  rpcUrl: string,
  records: Address,
  accounts: { patient: Address; doctor: Address; secondDoctor: Address },
) {
  const { patient, doctor, secondDoctor } = accounts;
  const client = createPublicClient({ transport: http(rpcUrl) });
  const call = (functionName: string, args: readonly unknown[]) => ({
    address: records,
    abi: patientRecordsAbi,
    functionName,
    args,
  });
  const [patientKeys, doctorKeys, secondKeys] = [keyPair(), keyPair(), keyPair()];
  const rows: GasRow[] = [];

  rows.push(
    await measure(
      "register (encryption key)",
      patient,
      call("registerEncryptionKey", [bytesToHex(patientKeys.publicKey)]),
    ),
  );
  await measure("(setup)", doctor, call("registerEncryptionKey", [bytesToHex(doctorKeys.publicKey)]));
  await measure("(setup)", secondDoctor, call("registerEncryptionKey", [bytesToHex(secondKeys.publicKey)]));
  rows.push(await measure("grant (consent to a doctor)", patient, call("grantAccess", [doctor])));
  await measure("(setup)", patient, call("grantAccess", [secondDoctor]));

  const seal = () => sealRecord(plaintext, [patientKeys.publicKey, doctorKeys.publicKey]);
  const args = (sealed: ReturnType<typeof seal>) =>
    [sealed.contentHash, sealed.payload, sealed.wrappedKeys[0] as Hex, sealed.wrappedKeys[1] as Hex] as const;
  const first = seal();
  rows.push(
    await measure("addRecord (300-byte record)", doctor, call("addRecord", [patient, ...args(first)])),
  );
  const firstId =
    (await client.readContract({ address: records, abi: patientRecordsAbi, functionName: "recordCount" })) -
    1n;
  rows.push(
    await measure("amend (300-byte correction)", doctor, call("amendRecord", [firstId, ...args(seal())])),
  );
  await measure("(setup)", doctor, call("addRecord", [patient, ...args(seal())]));

  const ids = [firstId, firstId + 1n, firstId + 2n];
  const wrapped = ids.map(() => wrapKey(first.contentKey, secondKeys.publicKey));
  rows.push(
    await measure(
      "share, per record (3 records)",
      patient,
      call("shareRecords", [secondDoctor, ids, wrapped]),
      3,
    ),
  );
  return rows.filter((row) => row.operation !== "(setup)");
}
