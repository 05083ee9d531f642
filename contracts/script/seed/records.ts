import { type Address, bytesToHex, type Hex } from "viem";
import { patientRecordsAbi } from "../../../app/contracts/generated/patientRecords";
import { personaByKey } from "../../../app/directory/demoCast";
import { recordContext, sealRecord } from "../../../app/records/crypto/envelope";
import { deriveKeyPair, type KeyPair, keyDerivationMessage } from "../../../app/records/crypto/keys";
import { encodeRecord } from "../../../app/records/document";
import { sealPatientCard } from "../../../app/records/patientCard";
import { addressOf, type PersonaKey } from "../lib/personas";
import type { ChainWriter } from "../lib/writer";

/**
 * The record ledger's demo story, for `npm run dev` only: the two doctors and two patients have keys (derived
 * from their own signatures, exactly as the app derives them, so "Unlock my records" works for them), Carol and
 * Dev allow Dr. Chen with a card that tells her their name, Dr. Chen has accepted both as her patients, and has
 * written one record for Carol. Nothing here is in plain text on chain either.
 */
export async function seedRecords(writer: ChainWriter, records: Address) {
  const { send, sign, publicClient } = writer;
  const chainId = await publicClient.getChainId();
  const abi = patientRecordsAbi;
  const keys = new Map<PersonaKey, KeyPair>();
  for (const persona of ["alice", "bruno", "carol", "dev"] as const) {
    const pair = deriveKeyPair(await sign(persona, keyDerivationMessage(chainId, records)), chainId, records);
    keys.set(persona, pair);
    await send(persona, {
      address: records,
      abi,
      functionName: "registerEncryptionKey",
      args: [bytesToHex(pair.publicKey)],
    });
  }
  const key = (persona: PersonaKey) => keys.get(persona)?.publicKey as Uint8Array;
  for (const patient of ["carol", "dev"] as const) {
    const { name, birthDate } = personaByKey(patient) as { name: string; birthDate?: string };
    const card = sealPatientCard(
      { name, birthDate },
      key("alice"),
      chainId,
      records,
      addressOf(patient),
      addressOf("alice"),
    );
    await send(patient, {
      address: records,
      abi,
      functionName: "grantAccess",
      args: [addressOf("alice"), card],
    });
    await send("alice", { address: records, abi, functionName: "acceptPatient", args: [addressOf(patient)] });
  }
  const sealed = sealRecord(
    encodeRecord({
      diagnosis: "Seasonal influenza",
      icd10: "J11.1",
      treatment: "Rest and fluids; paracetamol 500 mg up to four times a day",
      notes: "Review in one week if not improving",
      date: "2026-11-02",
    }),
    [key("carol"), key("alice")],
    recordContext(chainId, records, addressOf("carol"), addressOf("alice")),
  );
  const [forPatient, forAuthor] = sealed.wrappedKeys as [Hex, Hex];
  await send("alice", {
    address: records,
    abi,
    functionName: "addRecord",
    args: [addressOf("carol"), sealed.contentHash, sealed.payload, forPatient, forAuthor],
  });
}
