import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { LIMITS } from "../../../contracts/limits";
import { PublicTextWarning } from "../../../privacy/PublicTextWarning";
import { Form } from "../../../ui/form/Form";
import { TextInput } from "../../../ui/form/fields";
import { refuse } from "../../../ui/form/refine";
import { chosen, requiredText } from "../../../ui/form/rules";
import { useZodForm } from "../../../ui/form/useZodForm";
import { useResourceActions } from "../../hooks/useResourceActions";
import { type FacilityView, type Inventory, resourceTypeNames } from "../../model";
import { byId, FacilitySelect, ResourceSelect } from "./inventoryFields";
import { units } from "./units";

/** A facility manager asks the allocators for units for one of their facilities. */
export function RequestForm({
  inventory,
  myFacilities,
}: {
  inventory: Inventory;
  myFacilities: FacilityView[];
}) {
  const { t } = useTranslation();
  const { requestAllocation, busy } = useResourceActions();
  const form = useZodForm(
    useMemo(
      () =>
        z
          .object({
            resource: chosen(),
            facility: chosen(),
            quantity: units(),
            reason: requiredText(LIMITS.reasonBytes),
          })
          .transform((values, context) => {
            const resource = byId(inventory.resources, values.resource);
            const facility = byId(myFacilities, values.facility);
            if (!resource || !facility) return refuse(context, "resource", "validation.required");
            return { resource, facility, quantity: values.quantity, reason: values.reason };
          }),
      [inventory, myFacilities],
    ),
    {
      defaultValues: {
        resource: "",
        facility: myFacilities.length === 1 ? String(myFacilities[0]?.id) : "",
        quantity: "",
        reason: "",
      },
    },
  );
  return (
    <Form
      id="request-units"
      form={form}
      label={t("resources.forms.request.title")}
      title={t("resources.forms.request.title")}
      submitLabel={t("resources.forms.request.submit")}
      busy={busy}
      onSubmit={async ({ resource, facility, quantity: units, reason }) => {
        const result = await requestAllocation(resource, facility, units, reason);
        if (result.ok) form.reset({ resource: "", facility: String(facility.id), quantity: "", reason: "" });
      }}
    >
      <div className="flex flex-wrap items-start gap-3">
        <ResourceSelect resources={inventory.resources} />
        <FacilitySelect facilities={myFacilities} activeOnly />
        <TextInput name="quantity" label={t("resources.forms.quantity")} inputMode="numeric" />
        <div className="w-full sm:w-auto sm:min-w-80 flex-1">
          <TextInput
            name="reason"
            label={t("resources.forms.request.reason")}
            maxBytes={LIMITS.reasonBytes}
          />
          <PublicTextWarning name="reason" exempt={resourceTypeNames(inventory)} />
        </div>
      </div>
    </Form>
  );
}
