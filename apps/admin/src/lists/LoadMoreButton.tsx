import { BusyButton } from "@petshop/ui";
import { button } from "../components/buttons";

interface LoadMoreButtonProps {
  query: { hasNextPage: boolean; isFetchingNextPage: boolean; fetchNextPage: () => unknown };
}

/** Below a list, while it has more pages. */
export function LoadMoreButton({ query }: LoadMoreButtonProps) {
  if (!query.hasNextPage) return null;
  return (
    <BusyButton
      busy={query.isFetchingNextPage}
      busyLabel="Loading…"
      onClick={() => query.fetchNextPage()}
      className={`${button.secondary} self-center`}
    >
      Load more
    </BusyButton>
  );
}
