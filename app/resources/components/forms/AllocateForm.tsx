import { useMemo } from "react";
import { useWatch } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { Form } from "../../../ui/form/Form";
import { useZodForm } from "../../../ui/form/useZodForm";
import { useResourceActions } from "../../hooks/useResourceActions";
import type { Inventory } from "../../model";
import { byId, FacilitySelect, QuantityInput, ResourceSelect } from "./inventoryFields";
import { unitsSchema } from "./unitsSchema";

type Values = { resource: string; facility: string; quantity: string };

export function AllocateForm({ inventory }: { inventory: Inventory }) {
  const { t } = useTranslation();
  const { allocate, busy } = useResourceActions();
  const form = useZodForm(
    useMemo(() => unitsSchema(inventory.resources, inventory.facilities, { available: true }), [inventory]),
    { defaultValues: { resource: "", facility: "", quantity: "" } satisfies Values },
  );
  const resource = byId(inventory.resources, useWatch({ control: form.control, name: "resource" }));

  return (
    <Form
      id="allocate"
      form={form}
      label={t("resources.forms.allocate.title")}
      title={t("resources.forms.allocate.title")}
      submitLabel={t("resources.forms.allocate.submit")}
      busy={busy}
      onSubmit={async ({ resource, facility, quantity }) => {
        const result = await allocate({ resource, facility, quantity });
        if (result.ok) form.resetField("quantity");
      }}
    >
      <div className="flex flex-wrap items-start gap-3">
        <ResourceSelect resources={inventory.resources} />
        <FacilitySelect facilities={inventory.facilities} activeOnly />
        <QuantityInput
          resource={resource}
          limit={resource && { kind: "available", amount: resource.available }}
        />
      </div>
    </Form>
  );
}
