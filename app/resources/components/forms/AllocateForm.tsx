import { useMemo } from "react";
import { useWatch } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { Form } from "../../../ui/form/Form";
import { refuse } from "../../../ui/form/refine";
import { chosen, quantity } from "../../../ui/form/rules";
import { useZodForm } from "../../../ui/form/useZodForm";
import { useResourceActions } from "../../hooks/useResourceActions";
import type { Inventory } from "../../model";
import { byId, ceiling, FacilitySelect, QuantityInput, ResourceSelect } from "./inventoryFields";

type Values = { resource: string; facility: string; quantity: string };

export function AllocateForm({ inventory }: { inventory: Inventory }) {
  const { t } = useTranslation();
  const { allocate, busy } = useResourceActions();
  const form = useZodForm(
    useMemo(
      () =>
        z
          .object({ resource: chosen(), facility: chosen(), quantity: quantity() })
          .transform((values, context) => {
            const resource = byId(inventory.resources, values.resource);
            const facility = byId(inventory.facilities, values.facility);
            if (!resource || !facility) return refuse(context, "resource", "validation.required");
            if (values.quantity > resource.available) {
              return refuse(
                context,
                "quantity",
                ceiling(resource, { kind: "available", amount: resource.available })?.message ?? "",
              );
            }
            return { resource, facility, quantity: values.quantity };
          }),
      [inventory],
    ),
    { defaultValues: { resource: "", facility: "", quantity: "" } satisfies Values },
  );
  const resource = byId(inventory.resources, useWatch({ control: form.control, name: "resource" }));

  return (
    <Form
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
