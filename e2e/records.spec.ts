import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { type Address, toHex } from "viem";
import { careRolesAbi } from "../app/contracts/generated/careRoles";
import { patientRecordsAbi } from "../app/contracts/generated/patientRecords";
import { r4Validator } from "../app/records/fhir/r4Validator";
import { plaintextOnChain } from "./fixtures/chainScan";
import { e2eDeployment } from "./fixtures/deployment";
import { setUpRecordsKey } from "./fixtures/recordsKey";
import { addressOf, chain, expect, type PersonaKey, test, walletOf } from "./fixtures/test";

const address = addressOf;
const SECRETS = ["Influenza A", "oseltamivir 75 mg", "Rest and fluids for five days", "confirmed by PCR"];

const setUpKey = setUpRecordsKey;

/** The doctor takes on a patient who asked: a request until accepted, then in the doctor's list, chosen by hand. */
async function acceptPatient(doctor: Page, patient: PersonaKey) {
  const request = doctor.getByTestId("patient-requests").locator(`[data-patient="${address(patient)}"]`);
  await expect(request).toContainText("New", { timeout: 15_000 });
  await request.getByRole("button", { name: /^Accept / }).click();
  await expect(doctor.getByText(/^Confirmed: Accept .* as my patient/)).toBeVisible();
  await doctor
    .getByTestId("my-patients")
    .locator(`[data-patient="${address(patient)}"]`)
    .click();
}

async function fillRecord(form: ReturnType<Page["getByRole"]>, fields: Record<string, string>) {
  for (const [label, value] of Object.entries(fields)) await form.getByLabel(label).fill(value);
}

test("records are written, read, shared and amended end to end encrypted, and the chain never sees them", async ({
  actAs,
}) => {
  test.setTimeout(240_000);
  const alice = await actAs("alice", "/records");
  await setUpKey(alice);

  await test.step("a doctor without consent cannot write: no patient, no form, nothing sent", async () => {
    const blockBefore = await chain.getBlockNumber();
    await expect(
      alice.getByText(
        "You have not accepted any patient yet: patients who allow you appear above, as requests.",
      ),
    ).toBeVisible();
    await expect(alice.getByRole("form", { name: "Add a record" })).toHaveCount(0);
    expect(await chain.getBlockNumber()).toBe(blockBefore);
  });

  const carol = await actAs("carol", "/records");
  await test.step("the patient registers a key and allows the doctor", async () => {
    await setUpKey(carol);
    await carol
      .locator(`[data-doctor="${address("alice")}"]`)
      .getByRole("button", { name: "Allow" })
      .click();
    await expect(carol.getByText(/^Confirmed: Allow/)).toBeVisible();
  });

  await test.step("the doctor accepts the patient and adds a record for them, encrypted in the browser", async () => {
    await expect(alice.getByRole("form", { name: "Add a record" })).toHaveCount(0);
    await acceptPatient(alice, "carol");
    await expect(alice.getByTestId("writing-for")).toContainText("0x90F7");
    const add = alice.getByRole("form", { name: "Add a record" });
    await fillRecord(add, {
      Diagnosis: "Influenza A",
      "ICD-10 code (optional)": "j10.1",
      Treatment: "oseltamivir 75 mg",
      "Notes (optional)": "Rest and fluids for five days",
    });
    // A date of care after today is refused at its field, and nothing is sent.
    const today = await add.getByLabel("Date of care").inputValue();
    const blocks = await chain.getBlockNumber();
    await add.getByLabel("Date of care").fill("2099-01-01");
    await add.getByRole("button", { name: "Encrypt and add" }).click();
    await expect(add.getByRole("alert")).toHaveText("The date of care cannot be after today.");
    expect(await chain.getBlockNumber()).toBe(blocks);
    await add.getByLabel("Date of care").fill(today);
    await add.getByRole("button", { name: "Encrypt and add" }).click();
    await expect(alice.getByText(/^Confirmed: Add an encrypted record/)).toBeVisible();
  });

  await test.step("the patient sees it decrypted", async () => {
    const record = carol.getByTestId("record-0");
    await expect(record).toContainText("Influenza A", { timeout: 15_000 });
    await expect(record).toContainText("ICD-10 J10.1");
    await expect(record).toContainText("oseltamivir 75 mg");
    await expect(record).toHaveAttribute("data-state", "ok");
  });

  await test.step("a third account sees that a record exists, and no content", async () => {
    const erin = await actAs("erin", "/records");
    await expect(erin.getByTestId("public-count")).toHaveText("1 record");
    await expect(erin.getByTestId("public-ledger")).toContainText("0x90F7");
    for (const secret of SECRETS) await expect(erin.locator("body")).not.toContainText(secret);
  });

  const bruno = await actAs("bruno", "/records");
  await test.step("the patient shares the record with a second doctor, who can then read it", async () => {
    await setUpKey(bruno);
    const row = carol.locator(`[data-doctor="${address("bruno")}"]`);
    await expect(row.getByRole("button", { name: "Allow" })).toBeEnabled({ timeout: 15_000 });
    await row.getByRole("button", { name: "Allow" }).click();
    await expect(carol.getByText(/^Confirmed: Allow Dr. Bruno Silva \(0x3C44…93BC\)$/)).toBeVisible();
    const share = carol.getByRole("form", { name: "Share records with a doctor" });
    // The picker's prompt is in words, not a message key of another page's word set.
    await expect(share.getByLabel("Doctor").locator("option").first()).toHaveText("Choose…");
    // Doctors are offered by name; the author of a record is not offered it again.
    await expect(
      share.getByLabel("Doctor").locator("option", { hasText: "Dr. Alice Chen (0x7099" }),
    ).toHaveCount(1);
    await share.getByLabel("Doctor").selectOption(address("alice"));
    await expect(share.getByRole("checkbox")).toHaveCount(0);
    await expect(share.getByText("Records this doctor wrote are not listed")).toBeVisible();
    await share.getByLabel("Doctor").selectOption(address("bruno"));
    await share.getByRole("checkbox").first().check();
    await share.getByRole("button", { name: "Share 1 record" }).click();
    await expect(
      carol.getByText(/^Confirmed: Share 1 record with Dr. Bruno Silva \(0x3C44…93BC\)$/),
    ).toBeVisible();
    await acceptPatient(bruno, "carol");
    await expect(bruno.getByTestId("record-0")).toContainText("Influenza A", { timeout: 15_000 });
  });

  await test.step("the author amends the record and the correction shows in the patient's timeline", async () => {
    const original = alice.getByTestId("record-0");
    await expect(original).toContainText("Influenza A");
    await original.getByRole("button", { name: "Amend" }).click();
    const amend = alice.getByRole("form", { name: "Amend record #0" });
    // The form starts from the record as it stands; unchanged, it is not sent.
    await expect(amend.getByLabel("Diagnosis")).toHaveValue("Influenza A");
    await expect(amend.getByLabel("ICD-10 code (optional)")).toHaveValue("J10.1");
    await expect(amend.getByLabel("Notes (optional)")).toHaveValue("Rest and fluids for five days");
    const blocks = await chain.getBlockNumber();
    await amend.getByRole("button", { name: "Encrypt and add correction" }).click();
    await expect(amend.getByRole("alert")).toHaveText(/Change at least one field/);
    expect(await chain.getBlockNumber()).toBe(blocks);
    // Only the diagnosis is retyped; what changes is shown before it is sealed.
    await amend.getByLabel("Diagnosis").fill("Influenza A, confirmed by PCR");
    const changes = amend.getByTestId("amend-changes");
    await expect(changes.locator("dt")).toHaveText(["Diagnosis"]);
    await expect(changes.locator("del")).toHaveText("Influenza A");
    await expect(changes.locator("ins")).toHaveText("Influenza A, confirmed by PCR");
    await amend.getByRole("button", { name: "Encrypt and add correction" }).click();
    await expect(alice.getByText(/^Confirmed: Amend record #0/)).toBeVisible();
    const correction = carol.getByTestId("record-1");
    await expect(correction).toContainText("Correction of record #0", { timeout: 15_000 });
    await expect(correction).toContainText("Influenza A, confirmed by PCR");
    await expect(correction).toContainText("Rest and fluids for five days");
    await expect(carol.getByTestId("record-0").getByTestId("corrected")).toHaveText("Corrected by #1");
  });

  await test.step("the second doctor still opens the shared record after a hundred later shares, on a new load", async () => {
    // Each share below is in a block of its own and gives Dr. Silva a key he cannot open for the correction, so
    // the share of record #0 lies a hundred links behind the consent's latest share block.
    const patientRecords = e2eDeployment().contracts.PatientRecords?.address as Address;
    const junkKey = toHex(new Uint8Array(104).fill(7));
    for (let i = 0; i < 100; i++) {
      const hash = await walletOf("carol").writeContract({
        address: patientRecords,
        abi: patientRecordsAbi,
        functionName: "shareRecords",
        args: [address("bruno"), [1n], [junkKey]],
      });
      await chain.waitForTransactionReceipt({ hash });
    }
    await bruno.reload();
    await bruno.getByRole("button", { name: "Unlock my records" }).click();
    await bruno
      .getByTestId("my-patients")
      .locator(`[data-patient="${address("carol")}"]`)
      .click();
    await expect(bruno.getByTestId("record-0")).toContainText("Influenza A", { timeout: 15_000 });
    await expect(bruno.getByTestId("record-0")).toHaveAttribute("data-state", "ok");
  });

  await test.step("the patient exports a FHIR R4 bundle", async () => {
    const download = carol.waitForEvent("download");
    await carol.getByRole("button", { name: "Export as FHIR R4 bundle" }).click();
    const file = await (await download).path();
    const bundle = JSON.parse(await readFile(file, "utf8"));
    expect(bundle).toMatchObject({ resourceType: "Bundle", type: "collection" });
    const types = bundle.entry.map(
      (entry: { resource: { resourceType: string } }) => entry.resource.resourceType,
    );
    // The records, then the accounting of disclosures: one AuditEvent per grant, share, revocation or key change.
    const clinical = types.filter((type: string) => type !== "Practitioner" && type !== "AuditEvent");
    expect(clinical).toEqual([
      "Patient",
      "Condition",
      "MedicationRequest",
      "Condition",
      "MedicationRequest",
      "Provenance",
    ]);
    expect(types.slice(types.indexOf("Provenance") + 1).every((type: string) => type === "AuditEvent")).toBe(
      true,
    );
    expect(types.filter((type: string) => type === "AuditEvent").length).toBeGreaterThan(0);
    const validate = await r4Validator();
    expect(() => validate(bundle)).not.toThrow();
    const resources = bundle.entry.map((entry: { resource: Record<string, never> }) => entry.resource);
    const practitioners = resources.filter(
      (resource: { resourceType: string }) => resource.resourceType === "Practitioner",
    );
    expect(practitioners.map((practitioner: { name?: unknown }) => practitioner.name)).toContainEqual([
      { text: "Dr. Alice Chen" },
    ]);
    const original = resources.find(
      (resource: { resourceType: string }) => resource.resourceType === "Condition",
    );
    expect(original.verificationStatus.coding[0].code).toBe("entered-in-error");
    expect(original.code.coding[0]).toEqual({
      system: "http://hl7.org/fhir/sid/icd-10",
      code: "J10.1",
    });
  });

  await test.step("privacy: no plaintext in any transaction input, log or storage slot of the records contract", async () => {
    expect(await plaintextOnChain(SECRETS)).toEqual([]);
  });
});

test("a patient's doctors allowed further apart than one log read may span are all listed, with their status", async ({
  actAs,
}) => {
  const deployment = e2eDeployment().contracts;
  const records = deployment.PatientRecords?.address as Address;
  const roles = deployment.CareRoles?.address as Address;
  type Call = { address: Address; abi: unknown; functionName: string; args: unknown[] };
  const send = async (persona: PersonaKey, call: Call) =>
    chain.waitForTransactionReceipt({ hash: await walletOf(persona).writeContract(call as never) });
  const ledger = (functionName: string, ...args: unknown[]): Call => ({
    address: records,
    abi: patientRecordsAbi,
    functionName,
    args,
  });
  // Frank is not in the directory: his row can only come from the patient's own list.
  const doctorRole = await chain.readContract({
    address: roles,
    abi: careRolesAbi,
    functionName: "DOCTOR_ROLE",
  });
  await send("ada", {
    address: roles,
    abi: careRolesAbi,
    functionName: "grantRole",
    args: [doctorRole, address("frank")],
  });
  for (const persona of ["carol", "alice", "bruno", "frank"] as const)
    await send(persona, ledger("registerEncryptionKey", toHex(new Uint8Array(32).fill(9))));
  await send("carol", ledger("grantAccess", address("alice"), "0x"));
  // More blocks than one eth_getLogs may span through the proxy (2,000), mined in steps that each answer quickly.
  for (let i = 0; i < 3; i++) await chain.mine({ blocks: 700 });
  await send("carol", ledger("grantAccess", address("frank"), "0x"));
  await send("carol", ledger("grantAccess", address("bruno"), "0x"));
  await send("carol", ledger("revokeAccess", address("alice")));

  const carol = await actAs("carol", "/records");
  const rowOf = (persona: PersonaKey) => carol.locator(`[data-doctor="${address(persona)}"]`);
  await expect(rowOf("frank")).toHaveAttribute("data-consent", "allowed", { timeout: 15_000 });
  await expect(rowOf("bruno")).toHaveAttribute("data-consent", "allowed");
  await expect(rowOf("alice")).toHaveAttribute("data-consent", "revoked");
});
