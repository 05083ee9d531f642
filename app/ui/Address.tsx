import { shortAddress } from "./format";

export function Address({ address }: { address: string }) {
  return (
    <span className="whitespace-nowrap font-mono text-sm" title={address} data-address={address}>
      {shortAddress(address)}
    </span>
  );
}
