import { type Abi, encodeFunctionData, type Hex, isHex } from "viem";
import type { PersonaKey } from "../../contracts/script/lib/personas";
import type { Call, ChainWriter } from "../../contracts/script/lib/writer";
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
 * Sends one transaction as a demo persona and sets its gas beside its floor. Fresh slots are read from the node's
 * prestate trace: slots that held zero before and hold a value after.
 */
export function gasMeter(writer: ChainWriter) {
  return async (operation: string, persona: PersonaKey, call: Call, perOperations = 1): Promise<GasRow> => {
    const receipt = await writer.send(persona, call as Call<Abi>);
    const diff = (await writer.publicClient.request({
      method: "debug_traceTransaction",
      params: [receipt.transactionHash, { tracer: "prestateTracer", tracerConfig: { diffMode: true } }],
    } as never)) as PrestateDiff;
    const freshSlots = countFreshSlots(diff);
    const calldata = encodeFunctionData(call as never);
    const floor = gasFloor({ calldata, freshSlots, logs: receipt.logs });
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
