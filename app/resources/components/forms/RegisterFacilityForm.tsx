import { useTranslation } from "react-i18next";
import { z } from "zod";
import { LIMITS } from "../../../contracts/limits";
import { AddressInput } from "../../../directory/AddressInput";
import { Form } from "../../../ui/form/Form";
import { TextInput } from "../../../ui/form/fields";
import { address, requiredText } from "../../../ui/form/rules";
import { useZodForm } from "../../../ui/form/useZodForm";
import { useResourceActions } from "../../hooks/useResourceActions";

const schema = z.object({ name: requiredText(LIMITS.resourceNameBytes), manager: address() });

export function RegisterFacilityForm() {
  const { t } = useTranslation();
  const { registerFacility, busy } = useResourceActions();
  const form = useZodForm(schema, { defaultValues: { name: "", manager: "" } });
  return (
    <Form
      form={form}
      label={t("resources.forms.registerFacility.title")}
      title={t("resources.forms.registerFacility.title")}
      submitLabel={t("resources.forms.registerFacility.submit")}
      busy={busy}
      onSubmit={async ({ name, manager }) => {
        const result = await registerFacility(name, manager);
        if (result.ok) form.reset();
      }}
    >
      <div className="flex flex-wrap items-start gap-3">
        <TextInput name="name" label={t("resources.forms.name")} maxBytes={LIMITS.resourceNameBytes} />
        <AddressInput
          name="manager"
          label={t("resources.forms.registerFacility.manager")}
          className="w-full sm:w-auto sm:min-w-80 flex-1"
        />
      </div>
    </Form>
  );
}
