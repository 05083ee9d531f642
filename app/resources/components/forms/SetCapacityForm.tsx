import { useState } from "react";
import { useTranslation } from "react-i18next";
import { TextField } from "../../../ui/Field";
import { parseQuantity } from "../../../ui/validation";
import { useResourceActions } from "../../hooks/useResourceActions";
import type { Inventory } from "../../model";
import { byId, ResourceForm, ResourceSelect, required } from "./formParts";

export function SetCapacityForm({ inventory }: { inventory: Inventory }) {
  const { t } = useTranslation();
  const { setCapacity, busy } = useResourceActions();
  const [resourceId, setResourceId] = useState("");
  const [total, setTotal] = useState("");
  const [errors, setErrors] = useState<Record<string, string | null>>({});
  const resource = byId(inventory.resources, resourceId);

  const submit = async () => {
    const parsed = total.trim() === "0" ? ({ ok: true, value: 0n } as const) : parseQuantity(total);
    let totalError = parsed.ok ? null : t(parsed.error, { max: parsed.max?.toString() });
    if (parsed.ok && resource && parsed.value < resource.allocated) {
      totalError = t("resources.forms.capacity.belowAllocated", { allocated: resource.allocated.toString() });
    }
    setErrors({ resource: required(t, resource), total: totalError });
    if (!resource || !parsed.ok || totalError) return;
    const result = await setCapacity(resource, parsed.value);
    if (result.ok) setTotal("");
  };

  return (
    <ResourceForm
      title={t("resources.forms.capacity.title")}
      submitLabel={t("resources.forms.capacity.submit")}
      onSubmit={submit}
      busy={busy}
    >
      <ResourceSelect
        resources={inventory.resources}
        value={resourceId}
        onChange={setResourceId}
        error={errors.resource}
      />
      <TextField
        label={t("resources.forms.capacity.total")}
        value={total}
        onChange={setTotal}
        inputMode="numeric"
        error={errors.total}
      />
    </ResourceForm>
  );
}
