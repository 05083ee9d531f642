import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useResourceActions } from "../../hooks/useResourceActions";
import type { FacilityView, Inventory } from "../../model";
import {
  byId,
  checkQuantity,
  FacilitySelect,
  QuantityField,
  ResourceForm,
  ResourceSelect,
  required,
} from "./formParts";

/** Returns units from one of the user's facilities to the pool. */
export function ReleaseForm({ inventory, facilities }: { inventory: Inventory; facilities: FacilityView[] }) {
  const { t } = useTranslation();
  const { release, busy } = useResourceActions();
  const [resourceId, setResourceId] = useState("");
  const [facilityId, setFacilityId] = useState(facilities.length === 1 ? String(facilities[0]?.id) : "");
  const [quantity, setQuantity] = useState("");
  const [errors, setErrors] = useState<Record<string, string | null>>({});
  const resource = byId(inventory.resources, resourceId);
  const facility = byId(facilities, facilityId);
  const held = resource && facility ? (inventory.holdings[resource.id]?.[facility.id] ?? 0n) : undefined;

  const submit = async () => {
    const amount = checkQuantity(
      t,
      quantity,
      resource,
      held === undefined ? undefined : { kind: "held", amount: held },
    );
    setErrors({ resource: required(t, resource), facility: required(t, facility), quantity: amount.error });
    if (!resource || !facility || amount.value === undefined) return;
    const result = await release(resource, facility, amount.value);
    if (result.ok) setQuantity("");
  };

  return (
    <ResourceForm
      title={t("resources.forms.release.title")}
      submitLabel={t("resources.forms.release.submit")}
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
        facilities={facilities}
        value={facilityId}
        onChange={setFacilityId}
        error={errors.facility}
      />
      <QuantityField
        value={quantity}
        onChange={setQuantity}
        error={errors.quantity}
        hint={
          resource &&
          held !== undefined &&
          t("resources.forms.held", { held: held.toString(), unit: resource.unit })
        }
      />
    </ResourceForm>
  );
}
