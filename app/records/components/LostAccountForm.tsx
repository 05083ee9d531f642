import { useTranslation } from "react-i18next";
import type { Address } from "viem";
import { z } from "zod";
import { AddressInput } from "../../directory/AddressInput";
import { Form } from "../../ui/form/Form";
import { TextInput } from "../../ui/form/fields";
import { message } from "../../ui/form/messages";
import { address } from "../../ui/form/rules";
import { useZodForm } from "../../ui/form/useZodForm";
import { isRecoveryKit } from "../crypto/recoveryKit";
import type { LostAccountRefusal } from "../hooks/useLostAccountKey";

const schema = z.object({
  account: address(),
  kit: z.string().refine(isRecoveryKit, message("records.kit.notAKit")),
});

/** Where each refusal is said: at the address (no key, no kit there) or at the words (not this account's kit). */
const REFUSED_AT: Record<LostAccountRefusal, { field: "account" | "kit"; words: string }> = {
  noKey: { field: "account", words: "records.recover.noKey" },
  noKit: { field: "account", words: "records.kit.noKit" },
  notAKit: { field: "kit", words: "records.kit.notAKit" },
  notThisKit: { field: "kit", words: "records.kit.notThisKit" },
  useKitInstead: { field: "kit", words: "records.kit.notThisKit" },
  noPasskey: { field: "kit", words: "records.kit.notThisKit" },
  notThisPasskey: { field: "kit", words: "records.kit.notThisKit" },
};

/** The lost account's address and its recovery kit, checked before anything is tried; a refusal stays at its field. */
export function LostAccountForm({
  onOpen,
}: {
  onOpen: (account: Address, kit: string) => Promise<LostAccountRefusal | undefined>;
}) {
  const { t } = useTranslation();
  const form = useZodForm(schema, { defaultValues: { account: "", kit: "" } });
  return (
    <Form
      form={form}
      label={t("records.recover.title")}
      submitLabel={t("records.recover.open")}
      busy={form.formState.isSubmitting}
      className="max-w-2xl space-y-3"
      onSubmit={async ({ account, kit }) => {
        const refusal = await onOpen(account, kit);
        if (!refusal) return;
        const { field, words } = REFUSED_AT[refusal];
        form.setError(field, { message: words }, { shouldFocus: true });
      }}
    >
      <AddressInput name="account" label={t("records.recover.account")} />
      <TextInput name="kit" label={t("records.kit.enter")} hint={t("records.kit.enterHelp")} rows={4} mono />
    </Form>
  );
}
