import { useState } from "react";
import { useTranslation } from "react-i18next";
import { TextField } from "../../../ui/Field";
import { validateAddress, validateText } from "../../../ui/validation";
import { useResourceActions } from "../../hooks/useResourceActions";
import { ResourceForm } from "./formParts";

const NAME_BYTES = 64; // the contract's MAX_NAME_BYTES

export function RegisterFacilityForm() {
  const { t } = useTranslation();
  const { registerFacility, busy } = useResourceActions();
  const [name, setName] = useState("");
  const [manager, setManager] = useState("");
  const [errors, setErrors] = useState<Record<string, string | null>>({});

  const submit = async () => {
    const checkedName = validateText(name, NAME_BYTES);
    const checkedManager = validateAddress(manager);
    setErrors({
      name: checkedName.ok ? null : t(checkedName.error, { max: checkedName.max }),
      manager: checkedManager.ok ? null : t(checkedManager.error),
    });
    if (!checkedName.ok || !checkedManager.ok) return;
    const result = await registerFacility(checkedName.value, checkedManager.value);
    if (result.ok) {
      setName("");
      setManager("");
    }
  };

  return (
    <ResourceForm
      title={t("resources.forms.registerFacility.title")}
      submitLabel={t("resources.forms.registerFacility.submit")}
      onSubmit={submit}
      busy={busy}
    >
      <TextField label={t("resources.forms.name")} value={name} onChange={setName} error={errors.name} />
      <TextField
        label={t("resources.forms.registerFacility.manager")}
        value={manager}
        onChange={setManager}
        placeholder="0x…"
        mono
        error={errors.manager}
        className="min-w-80 flex-1"
      />
    </ResourceForm>
  );
}
