import { useState } from "react";
import { useTranslation } from "react-i18next";
import { TextField } from "../../../ui/Field";
import { validateText } from "../../../ui/validation";
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

const REASON_BYTES = 140; // the contract's MAX_REASON_BYTES

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
  const [resourceId, setResourceId] = useState("");
  const [facilityId, setFacilityId] = useState(myFacilities.length === 1 ? String(myFacilities[0]?.id) : "");
  const [quantity, setQuantity] = useState("");
  const [reason, setReason] = useState("");
  const [errors, setErrors] = useState<Record<string, string | null>>({});
  const resource = byId(inventory.resources, resourceId);
  const facility = byId(myFacilities, facilityId);

  const submit = async () => {
    const amount = checkQuantity(t, quantity, resource, undefined);
    const checkedReason = validateText(reason, REASON_BYTES);
    setErrors({
      resource: required(t, resource),
      facility: required(t, facility),
      quantity: amount.error,
      reason: checkedReason.ok ? null : t(checkedReason.error, { max: checkedReason.max }),
    });
    if (!resource || !facility || amount.value === undefined || !checkedReason.ok) return;
    const result = await requestAllocation(resource, facility, amount.value, checkedReason.value);
    if (result.ok) {
      setQuantity("");
      setReason("");
    }
  };

  return (
    <ResourceForm
      title={t("resources.forms.request.title")}
      submitLabel={t("resources.forms.request.submit")}
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
        facilities={myFacilities}
        value={facilityId}
        onChange={setFacilityId}
        error={errors.facility}
        activeOnly
      />
      <QuantityField value={quantity} onChange={setQuantity} error={errors.quantity} />
      <TextField
        label={t("resources.forms.request.reason")}
        value={reason}
        onChange={setReason}
        error={errors.reason}
        className="min-w-80 flex-1"
      />
    </ResourceForm>
  );
}
