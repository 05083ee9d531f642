/**
 * The actions that ask the wallet to sign or send, and follow what was sent. They bring transaction encoding and
 * the elliptic curves with them, so they load on demand (loadWalletActions) rather than with a page: a patient's
 * invoices do not wait for the code that pays them.
 */
export { parseSignature } from "viem";
export { simulateCalls } from "viem/actions";
export {
  getCapabilities,
  sendCalls,
  signMessage,
  signTypedData,
  simulateContract,
  verifyMessage,
  waitForCallsStatus,
  waitForTransactionReceipt,
  writeContract,
} from "wagmi/actions";
