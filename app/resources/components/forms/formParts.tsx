import type { TFunction } from "i18next";
import type { FormEvent, ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "../../../ui/Button";
import { SelectField, TextField } from "../../../ui/Field";
import { parseQuantity } from "../../../ui/validation";
import type { FacilityView, ResourceView } from "../../model";

/** A titled form that validates on submit and never lets the browser's own validation speak instead. */
export function ResourceForm({
  title,
  submitLabel,
  onSubmit,
  busy,
  children,
  help,
}: {
  title: string;
  submitLabel: string;
  onSubmit: () => void;
  busy: boolean;
  children: ReactNode;
  help?: string;
}) {
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <form aria-label={title} onSubmit={submit} noValidate className="space-y-3">
      <h3 className="font-semibold">{title}</h3>
      {help && <p className="text-sm text-slate-600">{help}</p>}
      <div className="flex flex-wrap items-start gap-3">{children}</div>
      <Button type="submit" disabled={busy}>
        {submitLabel}
      </Button>
    </form>
  );
}

export function ResourceSelect({
  resources,
  value,
  onChange,
  error,
  label,
}: {
  resources: ResourceView[];
  value: string;
  onChange: (value: string) => void;
  error?: string | null;
  label?: string;
}) {
  const { t } = useTranslation();
  return (
    <SelectField
      label={label ?? t("resources.forms.resource")}
      value={value}
      onChange={onChange}
      error={error}
      placeholder={t("resources.choose")}
      options={resources.map((resource) => ({ value: String(resource.id), label: resource.name }))}
    />
  );
}

export function FacilitySelect({
  facilities,
  value,
  onChange,
  error,
  label,
  activeOnly = false,
}: {
  facilities: FacilityView[];
  value: string;
  onChange: (value: string) => void;
  error?: string | null;
  label?: string;
  activeOnly?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <SelectField
      label={label ?? t("resources.forms.facility")}
      value={value}
      onChange={onChange}
      error={error}
      placeholder={t("resources.choose")}
      options={facilities.map((facility) => ({
        value: String(facility.id),
        label: facility.active ? facility.name : `${facility.name} (${t("resources.holdings.inactive")})`,
        disabled: activeOnly && !facility.active,
      }))}
    />
  );
}

/** The item with this id (as a select's string value), if any. */
export function byId<T extends { id: number }>(items: T[], value: string): T | undefined {
  return value === "" ? undefined : items.find((item) => item.id === Number(value));
}

/**
 * Checks a quantity typed for `resource`, against `limit` (what is available or held); returns the value or the
 * sentence to show.
 */
export function checkQuantity(
  t: TFunction,
  input: string,
  resource: ResourceView | undefined,
  limit: { kind: "available" | "held"; amount: bigint } | undefined,
): { value?: bigint; error: string | null } {
  const parsed = parseQuantity(input);
  if (!parsed.ok) return { error: t(parsed.error, { max: parsed.max?.toString() }) };
  if (resource && limit && parsed.value > limit.amount) {
    const values = { resource: resource.name, unit: resource.unit, available: limit.amount.toString() };
    return {
      error:
        limit.kind === "available"
          ? t("resources.forms.onlyAvailable", values)
          : t("resources.forms.onlyHeld", { ...values, held: limit.amount.toString() }),
    };
  }
  return { value: parsed.value, error: null };
}

export const required = (t: TFunction, present: unknown) => (present ? null : t("validation.required"));

/** How many units: digits only, with what is available or held shown beneath. */
export function QuantityField({
  value,
  onChange,
  error,
  hint,
}: {
  value: string;
  onChange: (value: string) => void;
  error?: string | null;
  hint?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <TextField
      label={t("resources.forms.quantity")}
      value={value}
      onChange={onChange}
      inputMode="numeric"
      error={error}
      hint={hint}
    />
  );
}
