import { type Address, createPublicClient, createWalletClient, http } from "viem";
import { demoPersonas } from "../../../app/chain/demoPersonas";
import { careRolesAbi } from "../../../app/contracts/generated";
import { roleId } from "../../../app/roles/roleIds";
import type { Deployment } from "./deployments";

/**
 * Seeds a fresh local chain with the demo cast's roles, sending from anvil's unlocked accounts (no keys here).
 * Later capabilities add their own demo data in their own seed steps.
 */
export async function seedDemoData(rpcUrl: string, deployment: Deployment): Promise<void> {
  const publicClient = createPublicClient({ transport: http(rpcUrl) });
  const accounts = await createWalletClient({ transport: http(rpcUrl) }).getAddresses();
  const careRoles = deployment.contracts.CareRoles?.address;
  if (!careRoles) throw new Error("CareRoles is not in the deployment");
  const admin = accountAt(accounts, 0);
  const wallet = createWalletClient({ account: admin, transport: http(rpcUrl) });

  for (const persona of demoPersonas) {
    for (const role of persona.roles) {
      const hash = await wallet.writeContract({
        chain: null,
        address: careRoles,
        abi: careRolesAbi,
        functionName: "grantRole",
        args: [roleId(role), accountAt(accounts, persona.accountIndex)],
      });
      await publicClient.waitForTransactionReceipt({ hash, pollingInterval: 50 });
    }
  }
}

function accountAt(accounts: readonly Address[], index: number): Address {
  const account = accounts[index];
  if (!account) throw new Error(`anvil has no development account #${index}`);
  return account;
}
