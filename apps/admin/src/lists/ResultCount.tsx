import { isRefreshing, rowsOf } from "./paged-list";

interface ResultCountProps {
  /** The list's infinite query. */
  query: {
    data: { pages: readonly { items: readonly unknown[] }[] } | undefined;
    hasNextPage: boolean;
    isPlaceholderData: boolean;
    isFetching: boolean;
  };
  /** What the rows are, e.g. "listings". */
  noun: string;
  /** Typing has not reached the URL yet, so other rows are on their way. */
  typing: boolean;
  /** Nothing is asked for while the filters are wrong, so nothing is counted. */
  blocked?: boolean;
}

/** How many rows the filters found ("50+ listings"), or that they are looking; read out as it changes. */
export function ResultCount({ query, noun, typing, blocked = false }: ResultCountProps) {
  const count = `${rowsOf(query.data).length}${query.hasNextPage ? "+" : ""} ${noun}`;
  return (
    <p className="text-sm text-muted" aria-live="polite">
      {typing || isRefreshing(query) ? "Searching…" : query.data && !blocked ? count : ""}
    </p>
  );
}
