import { type Abi, type Address, bytesToHex, type Hex } from "viem";
import { patientRecordsAbi } from "../../app/contracts/generated/patientRecords";
import { resourceAllocationAbi } from "../../app/contracts/generated/resourceAllocation";
import { sealRecord } from "../../app/records/crypto/envelope";
import { deriveKeyPair, type KeyPair, keyDerivationMessage } from "../../app/records/crypto/keys";
import { encodeRecord } from "../../app/records/document";
import { e2eDeployment } from "../../e2e/fixtures/deployment";
import { chain, walletOf } from "../../e2e/fixtures/test";

// A fixed gas limit spares one eth_estimateGas per transaction; anvil refunds what is not used.
const GAS = 2_000_000n;

async function sendAll(
  from: number,
  calls: { address: Address; abi: Abi; functionName: string; args: unknown[] }[],
) {
  const wallet = walletOf(from);
  let nonce = await chain.getTransactionCount({ address: wallet.account.address });
  let last: Hex | undefined;
  for (const call of calls) last = await wallet.writeContract({ ...call, gas: GAS, nonce: nonce++ });
  if (!last) return;
  const receipt = await chain.waitForTransactionReceipt({ hash: last, pollingInterval: 20 });
  if (receipt.status !== "success") throw new Error(`Seeding ${calls[0]?.functionName} reverted`);
}

/** Grows the allocation history by `count` allocations of one unit (to facility #0) of a new bench-only resource. */
export async function addAllocations(admin: number, count: number) {
  const address = e2eDeployment().contracts.ResourceAllocation.address;
  const [resources] = await chain.readContract({
    address,
    abi: resourceAllocationAbi,
    functionName: "counts",
  });
  const setup = [
    { functionName: "addResourceType", args: [`Bench gloves ${resources}`, "boxes", 1_000_000n] },
  ];
  const allocations = Array.from({ length: count }, () => ({
    functionName: "allocate",
    args: [resources, 0n, 1n],
  }));
  await sendAll(
    admin,
    [...setup, ...allocations].map((call) => ({ address, abi: resourceAllocationAbi as Abi, ...call })),
  );
}

async function keyPairOf(account: number, contract: Address): Promise<KeyPair> {
  const chainId = await chain.getChainId();
  const signature = await walletOf(account).signMessage({ message: keyDerivationMessage(chainId, contract) });
  return deriveKeyPair(signature, chainId, contract);
}

/**
 * Sets up a doctor and a patient for records, with keys derived exactly as the app derives them (so the patient can
 * unlock in the browser), and returns a function that writes `count` more ~300-byte encrypted records for the patient.
 */
export async function recordWriter(doctor: number, patient: number) {
  const address = e2eDeployment().contracts.PatientRecords.address;
  const call = (functionName: string, args: unknown[]) => ({
    address,
    abi: patientRecordsAbi as Abi,
    functionName,
    args,
  });
  const [doctorKeys, patientKeys] = await Promise.all([
    keyPairOf(doctor, address),
    keyPairOf(patient, address),
  ]);
  await sendAll(doctor, [call("registerEncryptionKey", [bytesToHex(doctorKeys.publicKey)])]);
  await sendAll(patient, [
    call("registerEncryptionKey", [bytesToHex(patientKeys.publicKey)]),
    call("grantAccess", [walletOf(doctor).account.address]),
  ]);
  let written = 0;
  return async (count: number) => {
    const records = Array.from({ length: count }, () => {
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
      );
      const [forPatient, forAuthor] = sealed.wrappedKeys as [Hex, Hex];
      return call("addRecord", [
        walletOf(patient).account.address,
        sealed.contentHash,
        sealed.payload,
        forPatient,
        forAuthor,
      ]);
    });
    await sendAll(doctor, records);
  };
}
