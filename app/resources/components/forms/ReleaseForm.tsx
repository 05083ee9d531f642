import { useMemo } from "react";
import { useWatch } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { Form } from "../../../ui/form/Form";
import { useZodForm } from "../../../ui/form/useZodForm";
import { useHolding } from "../../hooks/useHolding";
import { useResourceActions } from "../../hooks/useResourceActions";
import type { FacilityView, Inventory } from "../../model";
import { byId, ceiling, FacilitySelect, QuantityInput, ResourceSelect } from "./inventoryFields";
import { unitsSchema } from "./unitsSchema";

/** Returns units from one of the user's facilities to the pool. */
export function ReleaseForm({ inventory, facilities }: { inventory: Inventory; facilities: FacilityView[] }) {
  const { t } = useTranslation();
  const { release, busy } = useResourceActions();
  const form = useZodForm(
    useMemo(() => unitsSchema(inventory.resources, facilities), [inventory, facilities]),
    {
      defaultValues: {
        resource: "",
        facility: facilities.length === 1 ? String(facilities[0]?.id) : "",
        quantity: "",
      },
    },
  );
  const [resourceId, facilityId] = useWatch({ control: form.control, name: ["resource", "facility"] });
  const resource = byId(inventory.resources, resourceId);
  const held = useHolding(resource?.id, byId(facilities, facilityId)?.id);

  return (
    <Form
      form={form}
      label={t("resources.forms.release.title")}
      title={t("resources.forms.release.title")}
      submitLabel={t("resources.forms.release.submit")}
      busy={busy}
      onSubmit={async ({ resource, facility, quantity: units }) => {
        const limit = ceiling(resource, held === undefined ? undefined : { kind: "held", amount: held });
        if (limit && units > limit.value)
          return form.setError("quantity", { message: limit.message }, { shouldFocus: true });
        const result = await release(resource, facility, units);
        if (result.ok) form.resetField("quantity");
      }}
    >
      <div className="flex flex-wrap items-start gap-3">
        <ResourceSelect resources={inventory.resources} />
        <FacilitySelect facilities={facilities} />
        <QuantityInput
          resource={resource}
          limit={held === undefined ? undefined : { kind: "held", amount: held }}
        />
      </div>
    </Form>
  );
}
