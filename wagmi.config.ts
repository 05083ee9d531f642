import { defineConfig } from "@wagmi/cli";
import { foundry } from "@wagmi/cli/plugins";

// Typed ABIs (as const, so viem and wagmi infer every call), generated from the forge build (`npm run generate`); addresses are not baked in
// here: they come from the deploy step, per chain id (app/contracts/deployments/).
export default defineConfig({
  out: "app/contracts/generated.ts",
  plugins: [
    foundry({
      project: "contracts",
      forge: { build: false },
      include: [
        "CareRoles.sol/**",
        "ResourceAllocation.sol/**",
        "PatientRecords.sol/**",
        "ServicePayments.sol/**",
        "TestStablecoin.sol/**",
      ],
    }),
  ],
});
