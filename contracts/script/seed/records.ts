import { type Address, bytesToHex, type Hex } from "viem";
import { patientRecordsAbi } from "../../../app/contracts/generated/patientRecords";
import { sealRecord } from "../../../app/records/crypto/envelope";
import { deriveKeyPair, type KeyPair, keyDerivationMessage } from "../../../app/records/crypto/keys";
import { encodeRecord } from "../../../app/records/document";
import type { ChainWriter } from "./chainWriter";

const DOCTOR_ALICE = 1;
const DOCTOR_BRUNO = 2;
const CAROL = 3;
const DEV = 4;

/**
 * The record ledger's demo story, for `npm run dev` only: the two doctors and two patients have keys (derived
 * from their own signatures, exactly as the app derives them, so "Unlock my records" works for them), Carol and
 * Dev allow Dr. Chen, and Dr. Chen has written one encrypted record for Carol. Nothing here is in plain text on
 * chain either.
 */
export async function seedRecords({ write, accountAt, sign, chainId }: ChainWriter, records: Address) {
  const call = (from: number, functionName: string, args: readonly unknown[]) =>
    write(from, { address: records, abi: patientRecordsAbi, functionName, args });
  const keys = new Map<number, KeyPair>();
  for (const account of [DOCTOR_ALICE, DOCTOR_BRUNO, CAROL, DEV]) {
    const signature = await sign(account, keyDerivationMessage(chainId, records));
    const pair = deriveKeyPair(signature, chainId, records);
    keys.set(account, pair);
    await call(account, "registerEncryptionKey", [bytesToHex(pair.publicKey)]);
  }
  await call(CAROL, "grantAccess", [accountAt(DOCTOR_ALICE)]);
  await call(DEV, "grantAccess", [accountAt(DOCTOR_ALICE)]);

  const readers = [CAROL, DOCTOR_ALICE].map((account) => keys.get(account)?.publicKey as Uint8Array);
  const sealed = sealRecord(
    encodeRecord({
      diagnosis: "Seasonal allergic rhinitis",
      icd10: "J30.2",
      treatment: "Cetirizine 10 mg once daily",
      notes: "Review before the next pollen season",
      date: new Date().toISOString().slice(0, 10),
    }),
    readers,
  );
  const [forPatient, forAuthor] = sealed.wrappedKeys as [Hex, Hex];
  await call(DOCTOR_ALICE, "addRecord", [
    accountAt(CAROL),
    sealed.contentHash,
    sealed.payload,
    forPatient,
    forAuthor,
  ]);
}
