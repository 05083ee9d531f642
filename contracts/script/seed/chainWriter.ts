import { type Abi, type Address, createPublicClient, createWalletClient, http } from "viem";

/**
 * Sends demo transactions from anvil's unlocked development accounts (no keys needed) and waits for each, so that
 * the seed reads like the story it tells.
 */
export async function chainWriter(rpcUrl: string) {
  const publicClient = createPublicClient({ transport: http(rpcUrl) });
  const accounts = await createWalletClient({ transport: http(rpcUrl) }).getAddresses();
  const accountAt = (index: number): Address => {
    const account = accounts[index];
    if (!account) throw new Error(`anvil has no development account #${index}`);
    return account;
  };
  const write = async (
    from: number,
    call: { address: Address; abi: Abi; functionName: string; args: readonly unknown[] },
  ) => {
    const wallet = createWalletClient({ account: accountAt(from), transport: http(rpcUrl) });
    const hash = await wallet.writeContract({ chain: null, ...call });
    const receipt = await publicClient.waitForTransactionReceipt({ hash, pollingInterval: 50 });
    if (receipt.status !== "success") throw new Error(`Seed transaction ${call.functionName} reverted`);
  };
  /** personal_sign by an unlocked account: anvil signs deterministically, exactly as a wallet on that key would. */
  const sign = (from: number, message: string) =>
    createWalletClient({ account: accountAt(from), transport: http(rpcUrl) }).signMessage({ message });
  const chainId = await publicClient.getChainId();
  return { accountAt, write, sign, chainId };
}

export type ChainWriter = Awaited<ReturnType<typeof chainWriter>>;
