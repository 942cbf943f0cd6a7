/** How a route's navigate is called here: search changes only, on the same page. */
type Navigate<Search> = (options: { search: (prev: Search) => Search; replace: true }) => Promise<void>;

/**
 * A list page's filters, read from its URL so a filtered view survives a visit to a row and can be
 * shared: `useUrlFilters(route.useSearch(), route.useNavigate())`. `update` merges changes in and
 * replaces the history entry: Back leaves the page rather than stepping through every filter tried.
 */
export function useUrlFilters<Search extends object>(search: Search, navigate: Navigate<Search>) {
  const update = (next: Partial<Search>) =>
    navigate({ search: (prev) => ({ ...prev, ...next }), replace: true });
  return { search, update };
}
