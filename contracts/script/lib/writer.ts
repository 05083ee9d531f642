import {
  type Abi,
  type Address,
  type ContractFunctionArgs,
  type ContractFunctionName,
  createPublicClient,
  createWalletClient,
  type Hash,
  http,
  type TransactionReceipt,
  type TypedDataDefinition,
} from "viem";
import { foundry } from "viem/chains";
import { accountOf, type PersonaKey } from "./personas";

type Writable = "nonpayable" | "payable";

/** One contract call, typed from its ABI like a wagmi write. */
export type Call<
  abi extends Abi = Abi,
  fn extends ContractFunctionName<abi, Writable> = ContractFunctionName<abi, Writable>,
> = {
  address: Address;
  abi: abi;
  functionName: fn;
  args: ContractFunctionArgs<abi, Writable, fn>;
  value?: bigint;
};

// A fixed gas limit spares one eth_estimateGas per transaction in a burst; the node refunds what is not used.
const BURST_GAS = 3_000_000n;

/**
 * The one way scripts (seed, benchmarks, e2e fixtures) act on a chain: as a demo persona, with its development
 * key, each call typed from the contract's ABI. `send` waits for the receipt and fails on a revert; `sendBurst`
 * sends many calls back to back and waits for the last.
 */
export function chainWriter(rpcUrl: string) {
  const publicClient = createPublicClient({ chain: foundry, transport: http(rpcUrl), cacheTime: 0 });
  const walletOf = (persona: PersonaKey) =>
    createWalletClient({ account: accountOf(persona), chain: foundry, transport: http(rpcUrl) });

  const confirm = async (hash: Hash, what: string) => {
    const receipt = await publicClient.waitForTransactionReceipt({ hash, pollingInterval: 25 });
    if (receipt.status !== "success") throw new Error(`${what} reverted`);
    return receipt;
  };

  const send = async <const abi extends Abi, fn extends ContractFunctionName<abi, Writable>>(
    persona: PersonaKey,
    call: Call<abi, fn>,
  ): Promise<TransactionReceipt> =>
    confirm(await walletOf(persona).writeContract(call as never), String(call.functionName));

  const sendBurst = async (persona: PersonaKey, calls: readonly Call[]) => {
    const wallet = walletOf(persona);
    let nonce = await publicClient.getTransactionCount({
      address: wallet.account.address,
      blockTag: "pending",
    });
    let last: Hash | undefined;
    for (const call of calls)
      last = await wallet.writeContract({ ...call, gas: BURST_GAS, nonce: nonce++ } as never);
    if (last) await confirm(last, `${calls.length} × ${String(calls[0]?.functionName)}`);
  };

  return {
    publicClient,
    send,
    sendBurst,
    sign: (persona: PersonaKey, message: string) => walletOf(persona).signMessage({ message }),
    signTypedData: (persona: PersonaKey, typedData: TypedDataDefinition) =>
      walletOf(persona).signTypedData(typedData as never),
  };
}

export type ChainWriter = ReturnType<typeof chainWriter>;
