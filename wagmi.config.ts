import { defineConfig } from "@wagmi/cli";
import { foundry } from "@wagmi/cli/plugins";

// Typed ABIs (as const, so viem and wagmi infer every call), generated from the forge build (`npm run generate`).
// One file per contract, so that a page loads only the ABIs it uses. Addresses are not baked in here: they come
// from the deploy step, per chain id (app/contracts/deployments/).
const contracts = {
  careRoles: "CareRoles",
  resourceAllocation: "ResourceAllocation",
  patientRecords: "PatientRecords",
  servicePayments: "ServicePayments",
  providerDirectory: "ProviderDirectory",
  testStablecoin: "TestStablecoin",
  testToken: "TestToken",
};

export default defineConfig(
  Object.entries(contracts).map(([file, contract]) => ({
    out: `app/contracts/generated/${file}.ts`,
    plugins: [foundry({ project: "contracts", forge: { build: false }, include: [`${contract}.sol/**`] })],
  })),
);
