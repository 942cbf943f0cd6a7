import type { AnimalSort } from "@petshop/api/constants";
import type { RouterInputs } from "@petshop/client/react";
import type { CatalogueSearch } from "./search";

// From the URL's words to the API's: euros become cents, an impossible range is left out, and the
// sort falls back to what suits the page.

export type CatalogueFilters = RouterInputs["animals"]["facets"];

export const toCents = (euros: number) => Math.round(euros * 100);

export const isInverted = (min: number | undefined, max: number | undefined) =>
  min !== undefined && max !== undefined && min > max;

/**
 * Both ends of a range, or neither when they are the wrong way round: the API would refuse the
 * whole request, and one wrong field should not cost the visitor the page (the panel says why).
 */
function range(min: number | undefined, max: number | undefined): [number | undefined, number | undefined] {
  return isInverted(min, max) ? [undefined, undefined] : [min, max];
}

/** The filters the list and the facet counts share. */
export function toApiFilters(search: CatalogueSearch): CatalogueFilters {
  const [priceMin, priceMax] = range(search.priceMin, search.priceMax);
  const [ageMinMonths, ageMaxMonths] = range(search.ageMinMonths, search.ageMaxMonths);
  return {
    q: search.q,
    species: search.species,
    sex: search.sex,
    priceMin: priceMin === undefined ? undefined : toCents(priceMin),
    priceMax: priceMax === undefined ? undefined : toCents(priceMax),
    ageMinMonths,
    ageMaxMonths,
    // Unticked means "sold out too", not "only sold out".
    inStock: search.inStock || undefined,
  };
}

/** Best match needs search words: it is the default with them and unavailable without. */
export function effectiveSort({ sort, q }: Pick<CatalogueSearch, "sort" | "q">): AnimalSort {
  if (sort === "relevance" && !q) return "newest";
  return sort ?? (q ? "relevance" : "newest");
}

/** How many filter groups narrow the page (the search box is counted apart: it is always in view). */
export function activeFilterCount(search: CatalogueSearch): number {
  return [
    search.species,
    search.sex,
    search.priceMin ?? search.priceMax,
    search.ageMinMonths ?? search.ageMaxMonths,
    search.inStock || undefined,
  ].filter((value) => value !== undefined).length;
}

export const hasFilters = (search: CatalogueSearch) =>
  activeFilterCount(search) > 0 || search.q !== undefined;
