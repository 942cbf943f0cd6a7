import { ANIMAL_SORTS, type AnimalSort, MAX_SEARCH_LENGTH } from "@petshop/api/constants";
import type { RouterInputs } from "@petshop/client/react";
import { ANIMAL_STATUSES, SPECIES } from "@petshop/db/constants";
import * as z from "zod/mini";

// Read by the router on every first load, so zod/mini and plain constants: the API's own schemas
// would bring all of zod along. inventory-search.test.ts keeps the two in step.

export const PAGE_SIZE = 50;

/** Not set, rather than an error, for a value the page cannot use. */
const orUnset = <T extends z.ZodMiniType>(schema: T) => z.catch(z.optional(schema), undefined);

/**
 * The inventory's URL: `/inventory?status=draft&q=tetra&sort=price_asc&species=fish`, so a filtered view
 * survives a visit to a listing and can be shared. A bad value falls back to the default.
 */
export const inventorySearch = z.object({
  status: orUnset(z.enum(ANIMAL_STATUSES)),
  // As the API's catalogue filter takes words: trimmed, not empty, not too long.
  q: orUnset(z.string().check(z.trim(), z.minLength(1), z.maxLength(MAX_SEARCH_LENGTH))),
  species: orUnset(z.enum(SPECIES)),
  sort: orUnset(z.enum(ANIMAL_SORTS)),
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
