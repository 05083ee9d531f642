import { useTranslation } from "react-i18next";
import i18n from "../../../i18n";
import { SelectInput, TextInput } from "../../../ui/form/fields";
import { message } from "../../../ui/form/messages";
import type { FacilityView, ResourceView } from "../../model";
import { unitFor } from "../../units";

/** The item a select's value names, if any. */
export function byId<T extends { id: number }>(
  items: readonly T[],
  value: string | undefined,
): T | undefined {
  return value ? items.find((item) => item.id === Number(value)) : undefined;
}

/** "Only 14 beds of ICU beds are available.", or what a facility holds, as a quantity rule's ceiling. */
export function ceiling(
  resource: ResourceView | undefined,
  limit: { kind: "available" | "held"; amount: bigint } | undefined,
) {
  if (!resource || !limit) return undefined;
  const values = {
    resource: resource.name,
    unit: unitFor(resource.unit, limit.amount, i18n.language),
    available: limit.amount.toString(),
    held: limit.amount.toString(),
  };
  return {
    value: limit.amount,
    message: message(
      limit.kind === "available" ? "resources.forms.onlyAvailable" : "resources.forms.onlyHeld",
      values,
    ),
  };
}

export function ResourceSelect({
  resources,
  name = "resource",
  label,
}: {
  resources: readonly ResourceView[];
  name?: string;
  label?: string;
}) {
  const { t } = useTranslation();
  return (
    <SelectInput
      name={name}
      label={label ?? t("resources.forms.resource")}
      placeholder={t("common.choose")}
      options={resources.map((resource) => ({ value: String(resource.id), label: resource.name }))}
    />
  );
}

export function FacilitySelect({
  facilities,
  name = "facility",
  label,
  activeOnly = false,
}: {
  facilities: readonly FacilityView[];
  name?: string;
  label?: string;
  activeOnly?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <SelectInput
      name={name}
      label={label ?? t("resources.forms.facility")}
      placeholder={t("common.choose")}
      options={facilities.map((facility) => ({
        value: String(facility.id),
        label: facility.active ? facility.name : `${facility.name} (${t("resources.holdings.inactive")})`,
        disabled: activeOnly && !facility.active,
      }))}
    />
  );
}

/** The quantity field, with how many units there are to take from (what the facility holds, or the pool has). */
export function QuantityInput({
  resource,
  limit,
}: {
  resource: ResourceView | undefined;
  limit: { kind: "available" | "held"; amount: bigint } | undefined;
}) {
  const {
    t,
    i18n: { language },
  } = useTranslation();
  const values = limit &&
    resource && { amount: limit.amount.toString(), unit: unitFor(resource.unit, limit.amount, language) };
  return (
    <TextInput
      name="quantity"
      label={t("resources.forms.quantity")}
      inputMode="numeric"
      hint={
        values &&
        (limit?.kind === "held"
          ? t("resources.forms.held", { held: values.amount, unit: values.unit })
          : t("resources.forms.available", { available: values.amount, unit: values.unit }))
      }
    />
  );
}
