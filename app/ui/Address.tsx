import { useFullAddresses } from "./addressDisplay";
import { shortAddress } from "./format";

/**
 * An address, short or in full as the person chose (the header's address toggle). Screen readers always get the
 * full address: a look-alike warning is only as good as the address it lets a person compare.
 */
export function Address({ address }: { address: string }) {
  const full = useFullAddresses();
  if (full)
    return (
      <span className="break-all font-mono text-sm" data-address={address}>
        {address}
      </span>
    );
  return (
    <span className="whitespace-nowrap font-mono text-sm" title={address} data-address={address}>
      <span aria-hidden="true">{shortAddress(address)}</span>
      <span className="sr-only">{address}</span>
    </span>
  );
}
