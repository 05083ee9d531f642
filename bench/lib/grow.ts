import { type Address, bytesToHex, type Hex, parseEther, stringToHex } from "viem";
import { patientRecordsAbi } from "../../app/contracts/generated/patientRecords";
import { resourceAllocationAbi } from "../../app/contracts/generated/resourceAllocation";
import { servicePaymentsAbi } from "../../app/contracts/generated/servicePayments";
import { DOCTOR_DECISION, ETH } from "../../app/contracts/limits";
import { recordContext, sealRecord } from "../../app/records/crypto/envelope";
import { deriveKeyPair, type KeyPair, keyDerivationMessage } from "../../app/records/crypto/keys";
import { encodeRecord } from "../../app/records/document";
import { addressOf, type PersonaKey } from "../../contracts/script/lib/personas";
import type { Call, ChainWriter } from "../../contracts/script/lib/writer";

/** Grows the allocation history by `count` allocations of one unit (to facility #0) of a new bench-only resource. */
export async function addAllocations(writer: ChainWriter, inventory: Address, count: number) {
  const [resources] = await writer.publicClient.readContract({
    address: inventory,
    abi: resourceAllocationAbi,
    functionName: "counts",
  });
  const setup: Call = {
    address: inventory,
    abi: resourceAllocationAbi,
    functionName: "addResourceType",
    args: [`Bench gloves ${resources}`, "boxes", 1_000_000n],
  };
  const allocations = Array.from(
    { length: count },
    (): Call => ({
      address: inventory,
      abi: resourceAllocationAbi,
      functionName: "allocate",
      args: [resources, 0n, 1n],
    }),
  );
  await writer.sendBurst("ada", [setup, ...allocations]);
}

/** Grows a patient's invoices by `count` ETH invoices from a provider. */
export async function addInvoices(
  writer: ChainWriter,
  payments: Address,
  from: PersonaKey,
  to: PersonaKey,
  count: number,
) {
  const due = BigInt(Math.floor(Date.now() / 1000) + 30 * 86_400);
  const invoices = Array.from(
    { length: count },
    (_, i): Call => ({
      address: payments,
      abi: servicePaymentsAbi,
      functionName: "createInvoice",
      args: [
        addressOf(to),
        ETH,
        parseEther("0.01"),
        due,
        stringToHex("CPT-99213", { size: 32 }),
        `Visit ${i}`,
      ],
    }),
  );
  await writer.sendBurst(from, invoices);
}

async function keyPairOf(writer: ChainWriter, persona: PersonaKey, records: Address): Promise<KeyPair> {
  const chainId = await writer.publicClient.getChainId();
  return deriveKeyPair(await writer.sign(persona, keyDerivationMessage(chainId, records)), chainId, records);
}

/**
 * Sets up a doctor and a patient for records, with keys derived exactly as the app derives them (so both can
 * unlock in the browser), and returns a function that writes `count` more ~300-byte encrypted records.
 */
export async function recordWriter(
  writer: ChainWriter,
  records: Address,
  doctor: PersonaKey,
  patient: PersonaKey,
) {
  const chainId = await writer.publicClient.getChainId();
  const [doctorKeys, patientKeys] = await Promise.all([
    keyPairOf(writer, doctor, records),
    keyPairOf(writer, patient, records),
  ]);
  const call = (
    functionName: "registerEncryptionKey" | "grantAccess" | "acceptPatient",
    args: readonly unknown[],
  ): Call => ({ address: records, abi: patientRecordsAbi, functionName, args }) as Call;
  await writer.sendBurst(doctor, [call("registerEncryptionKey", [bytesToHex(doctorKeys.publicKey)])]);
  await writer.sendBurst(patient, [
    call("registerEncryptionKey", [bytesToHex(patientKeys.publicKey)]),
    call("grantAccess", [addressOf(doctor), "0x"]),
  ]);
  const consent = await writer.publicClient.readContract({
    address: records,
    abi: patientRecordsAbi,
    functionName: "consentOf",
    args: [addressOf(patient), addressOf(doctor)],
  });
  // A doctor answers a request once; one accepted before (by another part of the run) stays accepted.
  if (DOCTOR_DECISION[consent.decision] !== "accepted")
    await writer.sendBurst(doctor, [call("acceptPatient", [addressOf(patient)])]);
  const context = recordContext(chainId, records, addressOf(patient), addressOf(doctor));
  let written = 0;
  return async (count: number) => {
    const calls = Array.from({ length: count }, (): Call => {
      written++;
      const sealed = sealRecord(
        encodeRecord({
          diagnosis: `Type 2 diabetes mellitus, follow-up visit ${written}`,
          icd10: "E11.9",
          treatment: "Metformin 500 mg twice daily with meals; review HbA1c in three months",
          notes: "Diet and exercise counselling given",
          date: "2026-11-20",
        }),
        [patientKeys.publicKey, doctorKeys.publicKey],
        context,
      );
      const [forPatient, forAuthor] = sealed.wrappedKeys as [Hex, Hex];
      return {
        address: records,
        abi: patientRecordsAbi,
        functionName: "addRecord",
        args: [addressOf(patient), sealed.contentHash, sealed.payload, forPatient, forAuthor],
      } as Call;
    });
    await writer.sendBurst(doctor, calls);
  };
}
