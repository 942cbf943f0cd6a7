import { keepPreviousData } from "@tanstack/react-query";

// The staff lists load a page at a time by cursor (every list procedure answers
// `{ items, nextCursor }`), and keep the rows shown while a change of filters loads new ones.

/** Spread into a list procedure's infiniteQueryOptions. */
export const PAGED_LIST = {
  getNextPageParam: (page: { nextCursor: string | null }) => page.nextCursor,
  // The old rows stay while new ones load, so the table does not jump at every change.
  placeholderData: keepPreviousData,
};

/** The rows of every page loaded so far. */
export function rowsOf<Item>(data: { pages: readonly { items: readonly Item[] }[] } | undefined): Item[] {
  return data?.pages.flatMap((page) => page.items) ?? [];
}

/** Whether the rows shown are the last filters' while this one's load. */
export function isRefreshing(query: { isPlaceholderData: boolean; isFetching: boolean }): boolean {
  return query.isPlaceholderData && query.isFetching;
}
