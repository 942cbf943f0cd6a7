import { getRouteApi } from "@tanstack/react-router";
import { useCallback } from "react";
import type { CatalogueSearch } from "./search";

const route = getRouteApi("/");

export type SearchPatch = Partial<CatalogueSearch>;
/** A change, or a function of the latest URL state for changes that build on it. */
export type SearchUpdate = SearchPatch | ((prev: CatalogueSearch) => SearchPatch);

/** An emptied list or an unticked box leaves the URL instead of lingering as `species=[]`. */
function tidy(search: CatalogueSearch): CatalogueSearch {
  return {
    ...search,
    species: search.species?.length ? search.species : undefined,
    sex: search.sex?.length ? search.sex : undefined,
    inStock: search.inStock || undefined,
  };
}

/**
 * Search words change the sort: a new search starts at Best match, and Best match ends with the
 * search. A sort chosen during a search is kept while its words are refined.
 */
function withSearchWords(prev: CatalogueSearch, q: string | undefined): CatalogueSearch {
  if (!q) return { ...prev, q, sort: prev.sort === "relevance" ? undefined : prev.sort };
  return { ...prev, q, sort: prev.q ? prev.sort : undefined };
}

/** The catalogue's URL state and the ways the page changes it. */
export function useCatalogueSearch() {
  const search = route.useSearch();
  const navigate = route.useNavigate();

  // Filtering keeps the visitor where they are on the page; each change is a history entry, so
  // Back undoes it.
  const update = useCallback(
    (change: SearchUpdate) =>
      navigate({
        search: (prev: CatalogueSearch) =>
          tidy({ ...prev, ...(typeof change === "function" ? change(prev) : change) }),
        resetScroll: false,
      }),
    [navigate],
  );

  // Typing replaces the entry: Back should not replay a search letter by letter.
  const setSearchWords = useCallback(
    (q: string | undefined) =>
      navigate({
        search: (prev: CatalogueSearch) => withSearchWords(prev, q),
        replace: true,
        resetScroll: false,
      }),
    [navigate],
  );

  /** Every filter and the search words go; a sort the visitor chose stays. */
  const clear = useCallback(
    () =>
      navigate({
        search: (prev: CatalogueSearch) => ({ sort: prev.sort === "relevance" ? undefined : prev.sort }),
        resetScroll: false,
      }),
    [navigate],
  );

  return { search, update, setSearchWords, clear };
}
