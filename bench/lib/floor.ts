import { type Hex, hexToBytes } from "viem";

/** The gas no implementation of an operation can go below, per the yellow paper's prices (Cancun). */
export const FLOOR_PRICES = {
  transaction: 21_000,
  zeroByte: 4,
  nonZeroByte: 16,
  freshSlot: 22_100,
  log: 375,
  topic: 375,
  logByte: 8,
} as const;

export type FloorInputs = {
  calldata: Hex;
  /** Storage slots that went from zero to non-zero: each must be written whatever the code. */
  freshSlots: number;
  logs: readonly { topics: readonly unknown[]; data: Hex }[];
};

export function calldataCost(calldata: Hex): number {
  return hexToBytes(calldata).reduce(
    (sum, byte) => sum + (byte === 0 ? FLOOR_PRICES.zeroByte : FLOOR_PRICES.nonZeroByte),
    0,
  );
}

export function logCost(logs: FloorInputs["logs"]): number {
  return logs.reduce(
    (sum, log) =>
      sum +
      FLOOR_PRICES.log +
      FLOOR_PRICES.topic * log.topics.length +
      FLOOR_PRICES.logByte * hexToBytes(log.data).length,
    0,
  );
}

/** 21,000 + calldata + 22,100 per fresh slot + the logs the operation must emit. */
export function gasFloor({ calldata, freshSlots, logs }: FloorInputs): number {
  return (
    FLOOR_PRICES.transaction + calldataCost(calldata) + FLOOR_PRICES.freshSlot * freshSlots + logCost(logs)
  );
}
