import {
  type Abi,
  type Address,
  createPublicClient,
  createWalletClient,
  encodeFunctionData,
  type Hex,
  http,
  isHex,
} from "viem";
import { gasFloor } from "./floor";

export type GasRow = {
  operation: string;
  gasUsed: number;
  floor: number;
  ratio: number;
  freshSlots: number;
  /** How many user-level operations the transaction performs (batch lines); gas and floor are per operation. */
  perOperations: number;
};

type PrestateDiff = {
  pre: Record<string, { storage?: Record<Hex, Hex> }>;
  post: Record<string, { storage?: Record<Hex, Hex> }>;
};

/**
 * Sends one transaction from an unlocked anvil account and sets its gas beside its floor. Fresh slots are read
 * from the node's prestate trace: slots that held zero before and hold a value after.
 */
export function gasMeter(rpcUrl: string) {
  const client = createPublicClient({ transport: http(rpcUrl) });
  return async (
    operation: string,
    from: Address,
    call: { address: Address; abi: Abi; functionName: string; args: readonly unknown[]; value?: bigint },
    perOperations = 1,
  ): Promise<GasRow> => {
    const wallet = createWalletClient({ account: from, transport: http(rpcUrl) });
    const data = encodeFunctionData(call);
    const hash = await wallet.sendTransaction({ chain: null, to: call.address, data, value: call.value });
    const receipt = await client.waitForTransactionReceipt({ hash, pollingInterval: 20 });
    if (receipt.status !== "success") throw new Error(`${operation} reverted`);
    const diff = (await client.request({
      method: "debug_traceTransaction",
      params: [hash, { tracer: "prestateTracer", tracerConfig: { diffMode: true } }],
    } as never)) as PrestateDiff;
    const freshSlots = countFreshSlots(diff);
    const floor = gasFloor({ calldata: data, freshSlots, logs: receipt.logs });
    const gasUsed = Number(receipt.gasUsed);
    return {
      operation,
      gasUsed: Math.round(gasUsed / perOperations),
      floor: Math.round(floor / perOperations),
      ratio: Math.round((gasUsed / floor) * 100) / 100,
      freshSlots,
      perOperations,
    };
  };
}

function countFreshSlots({ pre, post }: PrestateDiff): number {
  let fresh = 0;
  for (const [account, state] of Object.entries(post)) {
    for (const [slot, value] of Object.entries(state.storage ?? {})) {
      const before = pre[account]?.storage?.[slot as Hex];
      if (isZero(before) && !isZero(value)) fresh++;
    }
  }
  return fresh;
}

const isZero = (value: Hex | undefined) => value === undefined || (isHex(value) && BigInt(value) === 0n);

export type GasMeter = ReturnType<typeof gasMeter>;
