import { useState } from "react";
import { useTranslation } from "react-i18next";
import { TextField } from "../../../ui/Field";
import { parseQuantity, validateText } from "../../../ui/validation";
import { useResourceActions } from "../../hooks/useResourceActions";
import { ResourceForm } from "./formParts";

// The contract's MAX_NAME_BYTES and MAX_UNIT_BYTES.
const NAME_BYTES = 64;
const UNIT_BYTES = 16;

export function AddResourceTypeForm() {
  const { t } = useTranslation();
  const { addResourceType, busy } = useResourceActions();
  const [name, setName] = useState("");
  const [unit, setUnit] = useState("");
  const [total, setTotal] = useState("");
  const [errors, setErrors] = useState<Record<string, string | null>>({});

  const submit = async () => {
    const checkedName = validateText(name, NAME_BYTES);
    const checkedUnit = validateText(unit, UNIT_BYTES);
    const checkedTotal = total.trim() === "0" ? ({ ok: true, value: 0n } as const) : parseQuantity(total);
    setErrors({
      name: checkedName.ok ? null : t(checkedName.error, { max: checkedName.max }),
      unit: checkedUnit.ok ? null : t(checkedUnit.error, { max: checkedUnit.max }),
      total: checkedTotal.ok ? null : t(checkedTotal.error, { max: checkedTotal.max?.toString() }),
    });
    if (!checkedName.ok || !checkedUnit.ok || !checkedTotal.ok) return;
    const result = await addResourceType(checkedName.value, checkedUnit.value, checkedTotal.value);
    if (result.ok) {
      setName("");
      setUnit("");
      setTotal("");
    }
  };

  return (
    <ResourceForm
      title={t("resources.forms.addType.title")}
      submitLabel={t("resources.forms.addType.submit")}
      onSubmit={submit}
      busy={busy}
    >
      <TextField label={t("resources.forms.name")} value={name} onChange={setName} error={errors.name} />
      <TextField label={t("resources.forms.unit")} value={unit} onChange={setUnit} error={errors.unit} />
      <TextField
        label={t("resources.forms.addType.total")}
        value={total}
        onChange={setTotal}
        inputMode="numeric"
        error={errors.total}
      />
    </ResourceForm>
  );
}
