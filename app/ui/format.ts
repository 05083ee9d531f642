/** 0x1234…abcd: enough to tell addresses apart at a glance; the full value goes in a title or copy action. */
export function shortAddress(address: string): string {
  return address.length <= 12 ? address : `${address.slice(0, 6)}…${address.slice(-4)}`;
}

export function shortHash(hash: string): string {
  return hash.length <= 14 ? hash : `${hash.slice(0, 10)}…${hash.slice(-4)}`;
}
