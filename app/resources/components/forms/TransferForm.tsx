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

export function TransferForm({ inventory }: { inventory: Inventory }) {
  const { t } = useTranslation();
  const { transfer, busy } = useResourceActions();
  const [resourceId, setResourceId] = useState("");
  const [fromId, setFromId] = useState("");
  const [toId, setToId] = useState("");
  const [quantity, setQuantity] = useState("");
  const [errors, setErrors] = useState<Record<string, string | null>>({});
  const resource = byId(inventory.resources, resourceId);
  const from = byId(inventory.facilities, fromId);
  const to = byId(inventory.facilities, toId);
  const held = resource && from ? (inventory.holdings[resource.id]?.[from.id] ?? 0n) : undefined;

  const submit = async () => {
    const amount = checkQuantity(
      t,
      quantity,
      resource,
      held === undefined ? undefined : { kind: "held", amount: held },
    );
    const same = from && to && from.id === to.id ? t("resources.forms.transfer.same") : null;
    setErrors({
      resource: required(t, resource),
      from: required(t, from),
      to: required(t, to) ?? same,
      quantity: amount.error,
    });
    if (!resource || !from || !to || same || amount.value === undefined) return;
    const result = await transfer(resource, from, to, amount.value);
    if (result.ok) setQuantity("");
  };

  return (
    <ResourceForm
      title={t("resources.forms.transfer.title")}
      submitLabel={t("resources.forms.transfer.submit")}
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
        label={t("resources.forms.transfer.from")}
        facilities={inventory.facilities}
        value={fromId}
        onChange={setFromId}
        error={errors.from}
      />
      <FacilitySelect
        label={t("resources.forms.transfer.to")}
        facilities={inventory.facilities}
        value={toId}
        onChange={setToId}
        error={errors.to}
        activeOnly
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
