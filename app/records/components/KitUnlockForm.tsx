import { useTranslation } from "react-i18next";
import { z } from "zod";
import { Button } from "../../ui/Button";
import { Form } from "../../ui/form/Form";
import { TextInput } from "../../ui/form/fields";
import { message } from "../../ui/form/messages";
import { useZodForm } from "../../ui/form/useZodForm";
import { isRecoveryKit } from "../crypto/recoveryKit";

const schema = z.object({ kit: z.string().refine(isRecoveryKit, message("records.kit.notAKit")) });

/** The 24 words typed or pasted back, checked (count, list, checksum) before anything is tried with them. */
export function KitUnlockForm({
  busy,
  onUnlock,
  onCancel,
}: {
  busy: boolean;
  onUnlock: (kit: string) => Promise<void>;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const form = useZodForm(schema, { defaultValues: { kit: "" } });
  return (
    <Form
      form={form}
      label={t("records.kit.unlock")}
      submitLabel={t("records.kit.unlock")}
      busy={busy}
      onSubmit={({ kit }) => onUnlock(kit)}
      actions={
        <Button variant="secondary" onClick={onCancel} disabled={busy}>
          {t("records.kit.cancel")}
        </Button>
      }
    >
      <TextInput name="kit" label={t("records.kit.enter")} hint={t("records.kit.enterHelp")} rows={4} mono />
    </Form>
  );
}
