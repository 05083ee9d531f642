import type { Page } from "@playwright/test";
import { type Address, createWalletClient, getAddress, http, parseEther, stringToHex, toHex } from "viem";
import { foundry } from "viem/chains";
import { careRolesAbi } from "../app/contracts/generated/careRoles";
import { patientRecordsAbi } from "../app/contracts/generated/patientRecords";
import { providerDirectoryAbi } from "../app/contracts/generated/providerDirectory";
import { roleId } from "../app/contracts/roleIds";
import { deriveKeyPair, keyDerivationMessage } from "../app/records/crypto/keys";
import { sealPatientCard } from "../app/records/patientCard";
import { accountOf } from "../contracts/script/lib/personas";
import { chainWriter } from "../contracts/script/lib/writer";
import { seedRecords } from "../contracts/script/seed/records";
import { dictionaryHitsOnChain, plaintextOnChain } from "./fixtures/chainScan";
import { e2eDeployment } from "./fixtures/deployment";
import { E2E_RPC_URL } from "./fixtures/ports";
import { addressOf, chain, expect, test, walletOf } from "./fixtures/test";

const records = () => e2eDeployment().contracts.PatientRecords?.address as Address;

/** The demo story of `npm run dev`: keys for both doctors and two patients, Carol and Dev allow Dr. Chen with a card. */
const seedPatients = () => seedRecords(chainWriter(E2E_RPC_URL), records());

async function unlock(page: Page) {
  await page.getByRole("button", { name: "Unlock my records" }).click();
  await expect(page.getByTestId("records-unlocked")).toBeVisible();
}

test("a doctor with two named patients writes on the chosen one's chart, and no name reaches the chain", async ({
  actAs,
}) => {
  test.setTimeout(120_000);
  await seedPatients();
  const alice = await actAs("alice", "/records");
  const patients = alice.getByTestId("my-patients");
  // Before unlocking, the cards cannot be opened: the chips say why they show addresses.
  await expect(patients.locator(`[data-patient="${addressOf("carol")}"]`)).toBeVisible();
  await expect(alice.getByTestId("names-after-unlock")).toBeVisible();
  await unlock(alice);
  await expect(patients.getByRole("button", { name: /Carol Diaz, born 1984-03-12/ })).toBeVisible({
    timeout: 15_000,
  });
  await expect(alice.getByTestId("names-after-unlock")).toHaveCount(0);
  // Nothing is chosen for the doctor: no chart and no form until she picks a patient.
  await expect(alice.getByRole("form", { name: "Add a record" })).toHaveCount(0);
  await expect(patients.getByRole("button", { pressed: true })).toHaveCount(0);
  await patients.getByRole("button", { name: /Dev Patel/ }).click();
  await expect(alice.getByTestId("writing-for")).toContainText("Dev Patel");

  const form = alice.getByRole("form", { name: "Add a record" });
  await form.getByLabel("Diagnosis").fill("Sprained ankle");
  await form.getByLabel("Treatment").fill("Rest, ice, compression");
  await form.getByRole("button", { name: "Encrypt and add" }).click();
  await expect(alice.getByText(/^Confirmed: Add an encrypted record/)).toBeVisible();

  const newest =
    (await chain.readContract({ address: records(), abi: patientRecordsAbi, functionName: "recordCount" })) -
    1n;
  const written = await chain.readContract({
    address: records(),
    abi: patientRecordsAbi,
    functionName: "getRecord",
    args: [newest],
  });
  expect(written.patient).toBe(addressOf("dev"));
  const row = alice.getByTestId(`record-${newest}`);
  await expect(row).toContainText("Sprained ankle", { timeout: 15_000 });
  await expect(row.getByTestId("record-patient")).toContainText("Dev Patel");
  await expect(row).toContainText("Dr. Alice Chen");

  await patients.getByRole("button", { name: /Carol Diaz/ }).click();
  await expect(alice.getByTestId(`record-${newest}`)).toHaveCount(0);
  await expect(alice.getByTestId("record-0").getByTestId("record-patient")).toContainText("Carol Diaz");

  expect(
    await plaintextOnChain(["Carol Diaz", "Dev Patel", "1984-03-12", "1990-07-01", "Sprained ankle"]),
  ).toEqual([]);
  // Third review, finding 1: no published hash gives a name and a birth date away to a dictionary either.
  expect(await dictionaryHitsOnChain()).toEqual([]);
});

/**
 * Third review, finding 2: any account with a key could allow a doctor with a card naming itself after a real
 * patient, from an address showing the same digits, and head the doctor's list, pre-selected for writing.
 */
test("a stranger posing as a patient waits as a request, is told apart, and writing for a namesake asks which one", async ({
  actAs,
}) => {
  test.setTimeout(120_000);
  await seedPatients();
  const real = addressOf("carol");
  const impostor = getAddress(`${real.slice(0, 6)}${"0".repeat(32)}${real.slice(-4)}`.toLowerCase());
  await chain.impersonateAccount({ address: impostor });
  await chain.setBalance({ address: impostor, value: parseEther("1") });
  const stranger = createWalletClient({ account: impostor, chain: foundry, transport: http(E2E_RPC_URL) });
  const chainId = await chain.getChainId();
  const aliceKey = deriveKeyPair(
    await accountOf("alice").signMessage({ message: keyDerivationMessage(chainId, records()) }),
    chainId,
    records(),
  ).publicKey;
  const card = sealPatientCard(
    { name: "Carol Diaz", birthDate: "1984-03-12" },
    aliceKey,
    chainId,
    records(),
    impostor,
    addressOf("alice"),
  );
  for (const call of [
    { functionName: "registerEncryptionKey", args: [toHex(new Uint8Array(32).fill(5))] },
    { functionName: "grantAccess", args: [addressOf("alice"), card] },
  ] as const) {
    const hash = await stranger.writeContract({
      address: records(),
      abi: patientRecordsAbi,
      ...call,
    } as never);
    await chain.waitForTransactionReceipt({ hash });
  }

  const alice = await actAs("alice", "/records");
  await unlock(alice);
  const patients = alice.getByTestId("my-patients");
  const request = alice.getByTestId("patient-requests").locator(`[data-patient="${impostor}"]`);
  await expect(request).toContainText("New", { timeout: 15_000 });
  await expect(request).toContainText(impostor);
  await expect(request.getByTestId("request-namesake")).toContainText("0x90F7…b906");
  await expect(patients.getByRole("button")).toHaveCount(2);
  await expect(patients.locator(`[data-patient="${impostor}"]`)).toHaveCount(0);
  await expect(alice.getByRole("form", { name: "Add a record" })).toHaveCount(0);

  // The doctor accepts it by mistake: both now carry a mark, and writing for either asks which one is meant.
  await request.getByRole("button", { name: /^Accept / }).click();
  await expect(alice.getByText(/^Confirmed: Accept Carol Diaz/)).toBeVisible();
  await expect(patients.getByTestId("namesake-mark")).toHaveCount(2);
  await patients.locator(`[data-patient="${real}"]`).click();
  await expect(alice.getByTestId("chart-address")).toHaveText(real);
  const form = alice.getByRole("form", { name: "Add a record" });
  await form.getByLabel("Diagnosis").fill("Migraine");
  await form.getByLabel("Treatment").fill("Ibuprofen 400 mg");
  const blockBefore = await chain.getBlockNumber();
  await form.getByRole("button", { name: "Encrypt and add" }).click();
  await expect(
    form.getByText("Confirm which patient you are writing for first: two carry this name."),
  ).toBeVisible();
  expect(await chain.getBlockNumber()).toBe(blockBefore);
  await alice.getByTestId("namesake-warning").getByRole("checkbox").check();
  await form.getByRole("button", { name: "Encrypt and add" }).click();
  await expect(alice.getByText(/^Confirmed: Add an encrypted record for Carol Diaz/)).toBeVisible();
  const newest =
    (await chain.readContract({ address: records(), abi: patientRecordsAbi, functionName: "recordCount" })) -
    1n;
  const written = await chain.readContract({
    address: records(),
    abi: patientRecordsAbi,
    functionName: "getRecord",
    args: [newest],
  });
  expect(written.patient).toBe(real);

  // And takes the impostor off the list again.
  await patients.locator(`[data-patient="${impostor}"]`).click();
  await alice.getByRole("button", { name: "Remove from my patients" }).click();
  await expect(alice.getByText(/^Confirmed: Decline Carol Diaz/)).toBeVisible();
  await expect(patients.getByRole("button")).toHaveCount(2);
  await expect(patients.getByTestId("namesake-mark")).toHaveCount(0);
});

test("a doctor whose consent was revoked is told why, and the write controls are gone", async ({ actAs }) => {
  await seedPatients();
  const revoke = await walletOf("carol").writeContract({
    address: records(),
    abi: patientRecordsAbi,
    functionName: "revokeAccess",
    args: [addressOf("alice")],
  });
  await chain.waitForTransactionReceipt({ hash: revoke });

  const alice = await actAs("alice", "/records");
  await unlock(alice);
  const carol = alice.getByTestId("my-patients").getByRole("button", { name: /Carol Diaz/ });
  await expect(carol).toContainText("revoked", { timeout: 15_000 });
  await carol.click();
  await expect(alice.getByTestId("why-no-write")).toHaveText(
    "This patient revoked your access: you can no longer add or amend records for them.",
  );
  await expect(alice.getByRole("form", { name: "Add a record" })).toHaveCount(0);
  await expect(alice.getByTestId("record-0")).toContainText("Seasonal influenza");
  await expect(alice.getByRole("button", { name: "Amend" })).toHaveCount(0);
});

test("an address that looks like a listed provider's is warned about and needs confirming before anything is sent", async ({
  actAs,
}) => {
  const real = addressOf("alice");
  // Same first and last four hex digits as Dr. Chen's address, which is all a shortened address shows.
  const lookalike = `${real.slice(0, 6)}${"0".repeat(32)}${real.slice(-4)}`.toLowerCase();
  const billing = await actAs("billing", "/payments");
  const form = billing.getByRole("form", { name: "Issue an invoice" });
  await form.getByLabel("Patient's address").fill(lookalike);
  const warning = form.getByTestId("lookalike-warning");
  await expect(warning).toContainText("Dr. Alice Chen");
  await expect(warning).toContainText(real);

  await form.getByLabel("Amount").fill("0.01");
  await form.getByLabel("Due date").fill(new Date(Date.now() + 86_400_000).toISOString().slice(0, 10));
  await form.getByLabel("Service code").fill("CPT-99213");
  const blockBefore = await chain.getBlockNumber();
  await form.getByRole("button", { name: "Issue invoice" }).click();
  await expect(form.getByText("Confirm that you mean this account and not Dr. Alice Chen's.")).toBeVisible();
  expect(await chain.getBlockNumber()).toBe(blockBefore);

  await warning.getByRole("checkbox").check();
  await form.getByRole("button", { name: "Issue invoice" }).click();
  await expect(billing.getByText(/^Confirmed: Invoice/)).toBeVisible();
});

test("the connect dialog speaks Chinese as soon as the language is switched, without a reload", async ({
  page,
}) => {
  await page.goto("/");
  await page.getByLabel("Language").selectOption("zh-CN");
  await page.getByRole("button", { name: "连接钱包" }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog.getByRole("heading", { name: "连接钱包" })).toBeVisible();
  await expect(dialog).toContainText("什么是钱包？");
  // The wallet groups too (RainbowKit's own names, translated by its locale).
  await expect(dialog).toContainText("已安装");
  await expect(dialog).not.toContainText("Installed");
  // And the app's own wallet entry, whose name the app gives.
  await expect(dialog.getByRole("button", { name: "开发账户" })).toBeVisible();
  await expect(dialog).not.toContainText("Dev accounts");
});

/** Third review, finding 6: a homoglyph name ("Dr. Аlice Chen", Cyrillic А) was shown as verified like the real one. */
test("a directory name that mixes scripts is flagged wherever it shows, not marked verified", async ({
  actAs,
}) => {
  const deployment = e2eDeployment().contracts;
  const ada = walletOf("ada");
  for (const call of [
    {
      address: deployment.CareRoles?.address,
      abi: careRolesAbi,
      functionName: "grantRole",
      args: [roleId("DOCTOR"), addressOf("noor")],
    },
    {
      address: deployment.ProviderDirectory?.address,
      abi: providerDirectoryAbi,
      functionName: "list",
      args: [addressOf("noor"), 1, "Dr. \u0410lice Chen", stringToHex("", { size: 32 })],
    },
  ]) {
    await chain.waitForTransactionReceipt({ hash: await ada.writeContract(call as never) });
  }
  const carol = await actAs("carol", "/records");
  const fake = carol.locator(`[data-doctor="${addressOf("noor")}"]`);
  await expect(fake.getByTestId("mixed-scripts")).toContainText("Cyrillic");
  await expect(fake).not.toContainText("✓ verified");
  const real = carol.locator(`[data-doctor="${addressOf("alice")}"]`);
  await expect(real).toContainText("✓ verified");
  await expect(real.getByTestId("mixed-scripts")).toHaveCount(0);
});
