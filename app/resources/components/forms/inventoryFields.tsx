import { useTranslation } from "react-i18next";
import i18n from "../../../i18n";
import { SelectInput } from "../../../ui/form/fields";
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
      placeholder={t("resources.choose")}
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
      placeholder={t("resources.choose")}
      options={facilities.map((facility) => ({
        value: String(facility.id),
        label: facility.active ? facility.name : `${facility.name} (${t("resources.holdings.inactive")})`,
        disabled: activeOnly && !facility.active,
      }))}
    />
  );
}
