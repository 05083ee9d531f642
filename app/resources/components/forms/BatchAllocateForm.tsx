import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "../../../ui/Button";
import { type AllocationLine, useResourceActions } from "../../hooks/useResourceActions";
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

type Draft = { key: number; resourceId: string; facilityId: string; quantity: string };
type LineErrors = { resource: string | null; facility: string | null; quantity: string | null };

let nextKey = 0;
const emptyLine = (): Draft => ({ key: nextKey++, resourceId: "", facilityId: "", quantity: "" });

/** Several allocations in one transaction, all or nothing; the lines' sum per resource is checked first. */
export function BatchAllocateForm({ inventory }: { inventory: Inventory }) {
  const { t } = useTranslation();
  const { allocateBatch, busy } = useResourceActions();
  const [drafts, setDrafts] = useState<Draft[]>(() => [emptyLine(), emptyLine()]);
  const [errors, setErrors] = useState<LineErrors[]>([]);
  const [formError, setFormError] = useState<string | null>(null);

  const update = (key: number, change: Partial<Draft>) =>
    setDrafts((current) => current.map((draft) => (draft.key === key ? { ...draft, ...change } : draft)));

  const submit = async () => {
    const lines: AllocationLine[] = [];
    const lineErrors = drafts.map((draft): LineErrors => {
      const resource = byId(inventory.resources, draft.resourceId);
      const facility = byId(inventory.facilities, draft.facilityId);
      const amount = checkQuantity(t, draft.quantity, resource, undefined);
      if (resource && facility && amount.value !== undefined)
        lines.push({ resource, facility, quantity: amount.value });
      return { resource: required(t, resource), facility: required(t, facility), quantity: amount.error };
    });
    setErrors(lineErrors);
    const invalid = lineErrors.some((line) => line.resource || line.facility || line.quantity);
    const overflow = invalid ? null : firstOverAvailable(lines);
    setFormError(
      overflow
        ? t("resources.forms.batch.overAvailable", {
            requested: overflow.requested.toString(),
            available: overflow.resource.available.toString(),
            unit: overflow.resource.unit,
            resource: overflow.resource.name,
          })
        : null,
    );
    if (invalid || overflow) return;
    const result = await allocateBatch(lines);
    if (result.ok) setDrafts([emptyLine(), emptyLine()]);
  };

  return (
    <ResourceForm
      title={t("resources.forms.batch.title")}
      help={t("resources.forms.batch.help")}
      submitLabel={t("resources.forms.batch.submit", { count: drafts.length })}
      onSubmit={submit}
      busy={busy}
    >
      <ol className="w-full space-y-2">
        {drafts.map((draft, index) => (
          <li
            key={draft.key}
            className="flex flex-wrap items-start gap-3"
            aria-label={t("resources.forms.batch.line", { n: index + 1 })}
          >
            <ResourceSelect
              resources={inventory.resources}
              value={draft.resourceId}
              onChange={(resourceId) => update(draft.key, { resourceId })}
              error={errors[index]?.resource}
            />
            <FacilitySelect
              facilities={inventory.facilities}
              value={draft.facilityId}
              onChange={(facilityId) => update(draft.key, { facilityId })}
              error={errors[index]?.facility}
              activeOnly
            />
            <QuantityField
              value={draft.quantity}
              onChange={(quantity) => update(draft.key, { quantity })}
              error={errors[index]?.quantity}
            />
            {drafts.length > 1 && (
              <Button
                variant="secondary"
                className="mt-6"
                onClick={() => setDrafts((current) => current.filter((line) => line.key !== draft.key))}
              >
                {t("resources.forms.batch.removeLine", { n: index + 1 })}
              </Button>
            )}
          </li>
        ))}
      </ol>
      <Button variant="secondary" onClick={() => setDrafts((current) => [...current, emptyLine()])}>
        {t("resources.forms.batch.addLine")}
      </Button>
      {formError && (
        <p role="alert" className="w-full text-sm text-red-700">
          {formError}
        </p>
      )}
    </ResourceForm>
  );
}

function firstOverAvailable(lines: AllocationLine[]) {
  const requested = new Map<number, bigint>();
  for (const line of lines)
    requested.set(line.resource.id, (requested.get(line.resource.id) ?? 0n) + line.quantity);
  const line = lines.find(
    (candidate) => (requested.get(candidate.resource.id) ?? 0n) > candidate.resource.available,
  );
  return line && { resource: line.resource, requested: requested.get(line.resource.id) ?? 0n };
}
