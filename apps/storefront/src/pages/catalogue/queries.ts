import type { Api, RouterInputs } from "@petshop/client/react";
import { effectiveSort, toApiFilters } from "./api-input";
import type { CatalogueSearch } from "./search";

// What the catalogue asks the API for, built in one place so that the route's loader (which starts
// the requests before the page renders) and the page's own queries share their cache entries.

export const PAGE_SIZE = 24;
/** Cards whose pictures load at once: the first screen, on a phone or a wide window. */
export const EAGER_CARDS = 3;

type Trpc = Api["trpc"];
export type CatalogueListInput = Omit<RouterInputs["animals"]["list"], "cursor" | "limit">;

/** The grid: `input`'s animals, a page at a time. */
export const catalogueListQuery = (trpc: Trpc, input: CatalogueListInput) =>
  trpc.animals.list.infiniteQueryOptions(
    { ...input, limit: PAGE_SIZE },
    { getNextPageParam: (page) => page.nextCursor },
  );

/** The grid and the facet counts for what the URL asks. */
export function catalogueQueries(trpc: Trpc, search: CatalogueSearch) {
  const filters = toApiFilters(search);
  return {
    facets: trpc.animals.facets.queryOptions(filters),
    list: catalogueListQuery(trpc, { ...filters, sort: effectiveSort(search) }),
  };
}
