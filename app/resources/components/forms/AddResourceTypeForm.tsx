import { useTranslation } from "react-i18next";
import { z } from "zod";
import { LIMITS } from "../../../contracts/limits";
import { Form } from "../../../ui/form/Form";
import { TextInput } from "../../../ui/form/fields";
import { requiredText } from "../../../ui/form/rules";
import { useZodForm } from "../../../ui/form/useZodForm";
import { useResourceActions } from "../../hooks/useResourceActions";

import { units } from "./units";

const schema = z.object({
  name: requiredText(LIMITS.resourceNameBytes),
  unit: requiredText(LIMITS.unitBytes),
  total: units(),
});

export function AddResourceTypeForm() {
  const { t } = useTranslation();
  const { addResourceType, busy } = useResourceActions();
  const form = useZodForm(schema, { defaultValues: { name: "", unit: "", total: "" } });
  return (
    <Form
      form={form}
      label={t("resources.forms.addType.title")}
      title={t("resources.forms.addType.title")}
      submitLabel={t("resources.forms.addType.submit")}
      busy={busy}
      onSubmit={async ({ name, unit, total }) => {
        const result = await addResourceType(name, unit, total);
        if (result.ok) form.reset();
      }}
    >
      <div className="flex flex-wrap items-start gap-3">
        <TextInput name="name" label={t("resources.forms.name")} maxBytes={LIMITS.resourceNameBytes} />
        <TextInput name="unit" label={t("resources.forms.unit")} maxBytes={LIMITS.unitBytes} />
        <TextInput name="total" label={t("resources.forms.addType.total")} inputMode="numeric" />
      </div>
    </Form>
  );
}
