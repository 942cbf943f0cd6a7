import {
  ANIMAL_SORTS,
  type AnimalSort,
  animalFilterFields,
  animalStatusSchema,
  speciesSchema,
} from "@petshop/api/schemas";
import type { RouterInputs } from "@petshop/client/react";
import { ANIMAL_STATUSES } from "@petshop/db/constants";
import { z } from "zod";

export const PAGE_SIZE = 50;

/**
 * The inventory's URL: `/inventory?status=draft&q=tetra&sort=price_asc&species=fish`, so a filtered view
 * survives a visit to a listing and can be shared. A bad value falls back to the default.
 */
export const inventorySearch = z.object({
  status: animalStatusSchema.optional().catch(undefined),
  q: animalFilterFields.q.catch(undefined),
  species: speciesSchema.optional().catch(undefined),
  sort: z.enum(ANIMAL_SORTS).optional().catch(undefined),
});
export type InventorySearch = z.output<typeof inventorySearch>;

/** Best match while searching unless another order was picked; without words, newest first. */
export function sortOf({ q, sort }: Pick<InventorySearch, "q" | "sort">): AnimalSort {
  if (q) return sort ?? "relevance";
  return sort && sort !== "relevance" ? sort : "newest";
}

/**
 * What the table asks animals.list for. "All" names every status: without one the API shows only
 * active listings, and a request naming statuses is also never served from a shared HTTP cache.
 */
export function listInputOf(search: InventorySearch): RouterInputs["animals"]["list"] {
  return {
    status: search.status ? [search.status] : [...ANIMAL_STATUSES],
    q: search.q,
    species: search.species ? [search.species] : undefined,
    sort: sortOf(search),
    limit: PAGE_SIZE,
  };
}
