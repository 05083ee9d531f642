import { useWatch } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { getAddress } from "viem";
import { ConfirmedWarning } from "../ui/form/ConfirmedWarning";
import { TextInput } from "../ui/form/fields";
import { message } from "../ui/form/messages";
import { shortAddress } from "../ui/format";
import { PartyName } from "./PartyName";
import { useLookalike } from "./useParty";

/**
 * An address typed into a form. Once it is a valid address, who the directory says it is shows beneath; an address
 * that looks like a listed provider's when shortened (same first and last four hex digits) but is another one is
 * warned about, and nothing is sent until the user confirms they checked every digit.
 */
export function AddressInput({
  name,
  label,
  className,
}: {
  name: string;
  label: string;
  className?: string;
}) {
  const { t } = useTranslation();
  const value = String(useWatch({ name }) ?? "").trim();
  const lookalike = useLookalike(value);
  const valid = /^0x[0-9a-fA-F]{40}$/.test(value);
  return (
    <div className={className}>
      <TextInput name={name} label={label} mono placeholder="0x…" />
      {valid && !lookalike && (
        <p className="mt-1 text-xs" data-testid={`${name}-party`}>
          <PartyName address={getAddress(value.toLowerCase())} expectProvider={false} />
        </p>
      )}
      {lookalike && (
        <ConfirmedWarning
          field={name}
          subject={value}
          refusal={message("directory.lookalike.confirmFirst", { name: lookalike.name ?? "" })}
          confirmLabel={t("directory.lookalike.confirm")}
          testId="lookalike-warning"
        >
          <p>
            {t("directory.lookalike.warning", {
              shown: shortAddress(value),
              name: lookalike.name ?? "",
              real: lookalike.address,
            })}
          </p>
        </ConfirmedWarning>
      )}
    </div>
  );
}
