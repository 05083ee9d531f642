import { z } from "zod";
import { refuse } from "../../../ui/form/refine";
import { chosen } from "../../../ui/form/rules";
import type { FacilityView, ResourceView } from "../../model";
import { byId, ceiling } from "./inventoryFields";
import { units } from "./units";

/**
 * The fields of units moving between the pool and one facility: a resource type, a facility among `facilities`, a
 * quantity. `available` bounds the quantity by what the pool has of the chosen type, said in words.
 */
export function unitsSchema(
  resources: readonly ResourceView[],
  facilities: readonly FacilityView[],
  { available = false }: { available?: boolean } = {},
) {
  return z
    .object({ resource: chosen(), facility: chosen(), quantity: units() })
    .transform((values, context) => {
      const resource = byId(resources, values.resource);
      const facility = byId(facilities, values.facility);
      if (!resource || !facility) return refuse(context, "resource", "validation.required");
      if (available && values.quantity > resource.available) {
        const limit = ceiling(resource, { kind: "available", amount: resource.available });
        return refuse(context, "quantity", limit?.message ?? "");
      }
      return { resource, facility, quantity: values.quantity };
    });
}
