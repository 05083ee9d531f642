import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { Form } from "../../../ui/form/Form";
import { TextInput } from "../../../ui/form/fields";
import { message } from "../../../ui/form/messages";
import { refuse } from "../../../ui/form/refine";
import { chosen } from "../../../ui/form/rules";
import { useZodForm } from "../../../ui/form/useZodForm";
import { useResourceActions } from "../../hooks/useResourceActions";
import type { Inventory } from "../../model";
import { byId, ResourceSelect } from "./inventoryFields";
import { units } from "./units";

export function SetCapacityForm({ inventory }: { inventory: Inventory }) {
  const { t } = useTranslation();
  const { setCapacity, busy } = useResourceActions();
  const schema = useMemo(
    () =>
      z.object({ resource: chosen(), total: units({ orZero: true }) }).transform((values, context) => {
        const resource = byId(inventory.resources, values.resource);
        if (!resource) return refuse(context, "resource", "validation.required");
        if (values.total < resource.allocated) {
          return refuse(
            context,
            "total",
            message("resources.forms.capacity.belowAllocated", {
              allocated: resource.allocated.toString(),
            }),
          );
        }
        return { resource, total: values.total };
      }),
    [inventory],
  );
  const form = useZodForm(schema, { defaultValues: { resource: "", total: "" } });
  return (
    <Form
      form={form}
      label={t("resources.forms.capacity.title")}
      title={t("resources.forms.capacity.title")}
      submitLabel={t("resources.forms.capacity.submit")}
      busy={busy}
      onSubmit={async ({ resource, total }) => {
        const result = await setCapacity(resource, total);
        if (result.ok) form.resetField("total");
      }}
    >
      <div className="flex flex-wrap items-start gap-3">
        <ResourceSelect resources={inventory.resources} />
        <TextInput name="total" label={t("resources.forms.capacity.total")} inputMode="numeric" />
      </div>
    </Form>
  );
}
