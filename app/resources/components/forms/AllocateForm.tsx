import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useResourceActions } from "../../hooks/useResourceActions";
import type { Inventory } from "../../model";
import {
  byId,
  checkQuantity,
  FacilitySelect,
  QuantityField,
  ResourceForm,
  ResourceSelect,
  required,
} from "./formParts";

export function AllocateForm({ inventory }: { inventory: Inventory }) {
  const { t } = useTranslation();
  const { allocate, busy } = useResourceActions();
  const [resourceId, setResourceId] = useState("");
  const [facilityId, setFacilityId] = useState("");
  const [quantity, setQuantity] = useState("");
  const [errors, setErrors] = useState<Record<string, string | null>>({});
  const resource = byId(inventory.resources, resourceId);
  const facility = byId(inventory.facilities, facilityId);

  const submit = async () => {
    const amount = checkQuantity(
      t,
      quantity,
      resource,
      resource && { kind: "available", amount: resource.available },
    );
    const next = { resource: required(t, resource), facility: required(t, facility), quantity: amount.error };
    setErrors(next);
    if (!resource || !facility || amount.value === undefined) return;
    const result = await allocate({ resource, facility, quantity: amount.value });
    if (result.ok) setQuantity("");
  };

  return (
    <ResourceForm
      title={t("resources.forms.allocate.title")}
      submitLabel={t("resources.forms.allocate.submit")}
      onSubmit={submit}
      busy={busy}
    >
      <ResourceSelect
        resources={inventory.resources}
        value={resourceId}
        onChange={setResourceId}
        error={errors.resource}
      />
      <FacilitySelect
        facilities={inventory.facilities}
        value={facilityId}
        onChange={setFacilityId}
        error={errors.facility}
        activeOnly
      />
      <QuantityField
        value={quantity}
        onChange={setQuantity}
        error={errors.quantity}
        hint={
          resource &&
          t("resources.forms.available", { available: resource.available.toString(), unit: resource.unit })
        }
      />
    </ResourceForm>
  );
}
