import { useMemo } from "react";
import { useWatch } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { Form } from "../../../ui/form/Form";
import { refuse } from "../../../ui/form/refine";
import { chosen } from "../../../ui/form/rules";
import { useZodForm } from "../../../ui/form/useZodForm";
import { useHolding } from "../../hooks/useHolding";
import { useResourceActions } from "../../hooks/useResourceActions";
import type { Inventory } from "../../model";
import { byId, ceiling, FacilitySelect, QuantityInput, ResourceSelect } from "./inventoryFields";
import { units } from "./units";

export function TransferForm({ inventory }: { inventory: Inventory }) {
  const { t } = useTranslation();
  const { transfer, busy } = useResourceActions();
  const form = useZodForm(
    useMemo(
      () =>
        z
          .object({ resource: chosen(), from: chosen(), to: chosen(), quantity: units() })
          .transform((values, context) => {
            const resource = byId(inventory.resources, values.resource);
            const from = byId(inventory.facilities, values.from);
            const to = byId(inventory.facilities, values.to);
            if (!resource || !from || !to) return refuse(context, "resource", "validation.required");
            if (from.id === to.id) return refuse(context, "to", "resources.forms.transfer.same");
            return { resource, from, to, quantity: values.quantity };
          }),
      [inventory],
    ),
    { defaultValues: { resource: "", from: "", to: "", quantity: "" } },
  );
  const [resourceId, fromId] = useWatch({ control: form.control, name: ["resource", "from"] });
  const resource = byId(inventory.resources, resourceId);
  const held = useHolding(resource?.id, byId(inventory.facilities, fromId)?.id);

  return (
    <Form
      form={form}
      label={t("resources.forms.transfer.title")}
      title={t("resources.forms.transfer.title")}
      submitLabel={t("resources.forms.transfer.submit")}
      busy={busy}
      onSubmit={async ({ resource, from, to, quantity: units }) => {
        const limit = ceiling(resource, held === undefined ? undefined : { kind: "held", amount: held });
        if (limit && units > limit.value)
          return form.setError("quantity", { message: limit.message }, { shouldFocus: true });
        const result = await transfer(resource, from, to, units);
        if (result.ok) form.resetField("quantity");
      }}
    >
      <div className="flex flex-wrap items-start gap-3">
        <ResourceSelect resources={inventory.resources} />
        <FacilitySelect
          name="from"
          label={t("resources.forms.transfer.from")}
          facilities={inventory.facilities}
        />
        <FacilitySelect
          name="to"
          label={t("resources.forms.transfer.to")}
          facilities={inventory.facilities}
          activeOnly
        />
        <QuantityInput
          resource={resource}
          limit={held === undefined ? undefined : { kind: "held", amount: held }}
        />
      </div>
    </Form>
  );
}
