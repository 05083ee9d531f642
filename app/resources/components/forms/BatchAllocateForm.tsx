import { useMemo } from "react";
import { useFieldArray } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { Button } from "../../../ui/Button";
import { Form } from "../../../ui/form/Form";
import { FormError, TextInput } from "../../../ui/form/fields";
import { message } from "../../../ui/form/messages";
import { refuse } from "../../../ui/form/refine";
import { chosen } from "../../../ui/form/rules";
import { useZodForm } from "../../../ui/form/useZodForm";
import { type AllocationLine, useResourceActions } from "../../hooks/useResourceActions";
import type { Inventory } from "../../model";
import { byId, FacilitySelect, ResourceSelect } from "./inventoryFields";
import { units } from "./units";

const emptyLine = { resource: "", facility: "", quantity: "" };

/** Several allocations in one transaction, all or nothing; the lines' sum per resource is checked first. */
export function BatchAllocateForm({ inventory }: { inventory: Inventory }) {
  const { t } = useTranslation();
  const { allocateBatch, busy } = useResourceActions();
  const form = useZodForm(
    useMemo(
      () =>
        z
          .object({
            lines: z.array(z.object({ resource: chosen(), facility: chosen(), quantity: units() })),
          })
          .transform(({ lines }, context) => {
            const parsed: AllocationLine[] = [];
            for (const line of lines) {
              const resource = byId(inventory.resources, line.resource);
              const facility = byId(inventory.facilities, line.facility);
              if (!resource || !facility) return refuse(context, "root", "validation.required");
              parsed.push({ resource, facility, quantity: line.quantity });
            }
            const over = firstOverAvailable(parsed);
            if (over) {
              return refuse(
                context,
                "root",
                message("resources.forms.batch.overAvailable", {
                  requested: over.requested.toString(),
                  available: over.resource.available.toString(),
                  unit: over.resource.unit,
                  resource: over.resource.name,
                }),
              );
            }
            return parsed;
          }),
      [inventory],
    ),
    { defaultValues: { lines: [emptyLine, emptyLine] } },
  );
  const lines = useFieldArray({ control: form.control, name: "lines" });

  return (
    <Form
      form={form}
      label={t("resources.forms.batch.title")}
      title={t("resources.forms.batch.title")}
      help={t("resources.forms.batch.help")}
      submitLabel={t("resources.forms.batch.submit", { count: lines.fields.length })}
      busy={busy}
      onSubmit={async (parsed) => {
        const result = await allocateBatch(parsed);
        if (result.ok) form.reset({ lines: [emptyLine, emptyLine] });
      }}
    >
      <ol className="w-full space-y-2">
        {lines.fields.map((line, index) => (
          <li
            key={line.id}
            className="flex flex-wrap items-start gap-3"
            aria-label={t("resources.forms.batch.line", { n: index + 1 })}
          >
            <ResourceSelect name={`lines.${index}.resource`} resources={inventory.resources} />
            <FacilitySelect name={`lines.${index}.facility`} facilities={inventory.facilities} activeOnly />
            <TextInput
              name={`lines.${index}.quantity`}
              label={t("resources.forms.quantity")}
              inputMode="numeric"
            />
            {lines.fields.length > 1 && (
              <Button variant="secondary" className="mt-6" onClick={() => lines.remove(index)}>
                {t("resources.forms.batch.removeLine", { n: index + 1 })}
              </Button>
            )}
          </li>
        ))}
      </ol>
      <Button variant="secondary" onClick={() => lines.append(emptyLine)}>
        {t("resources.forms.batch.addLine")}
      </Button>
      <FormError />
    </Form>
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
