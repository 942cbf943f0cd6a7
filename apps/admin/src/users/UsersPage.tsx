import { useTRPC } from "@petshop/client/react";
import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import { useId, useState } from "react";
import { useCurrentUser } from "../auth/current-user";
import { secondaryButton } from "../components/buttons";
import { ErrorAlert } from "../components/ErrorAlert";
import { useDebouncedValue } from "../lib/useDebouncedValue";
import { USER_COLUMNS, UserRow } from "./UserRow";

const PAGE_SIZE = 50;
const SEARCH_DELAY_MS = 300;
/** The API's bound on the search term (userListInput). */
const SEARCH_MAX_LENGTH = 100;

/** Admins find accounts by email or name and change their role or lock them out. */
export function UsersPage() {
  const trpc = useTRPC();
  const me = useCurrentUser();
  const searchId = useId();
  const [search, setSearch] = useState("");
  const term = useDebouncedValue(search.trim(), SEARCH_DELAY_MS);
  const accounts = useInfiniteQuery(
    trpc.users.list.infiniteQueryOptions(term ? { search: term, limit: PAGE_SIZE } : { limit: PAGE_SIZE }, {
      getNextPageParam: (page) => page.nextCursor,
      // The old rows stay while a new search loads, so the table does not jump at every keystroke.
      placeholderData: keepPreviousData,
    }),
  );
  const rows = accounts.data?.pages.flatMap((page) => page.items) ?? [];
  const searching = search.trim() !== term || (accounts.isPlaceholderData && accounts.isFetching);

  return (
    <section aria-labelledby="users-heading" className="flex flex-col gap-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <h1 id="users-heading" className="text-xl font-semibold">
          Users
        </h1>
        <div className="flex items-end gap-3">
          <p className="text-sm text-muted" aria-live="polite">
            {searching
              ? "Searching…"
              : accounts.data
                ? `${rows.length}${accounts.hasNextPage ? "+" : ""} accounts`
                : ""}
          </p>
          <div className="flex flex-col gap-1">
            <label htmlFor={searchId} className="text-sm font-medium">
              Search by email or name
            </label>
            <input
              id={searchId}
              type="search"
              value={search}
              maxLength={SEARCH_MAX_LENGTH}
              autoComplete="off"
              spellCheck={false}
              onChange={(event) => setSearch(event.target.value)}
              className="w-72 rounded-md border border-stone-300 bg-white px-2.5 py-1.5 text-sm"
            />
          </div>
        </div>
      </div>
      {accounts.isError && !accounts.data ? (
        <ErrorAlert>
          The accounts could not be loaded.{" "}
          <button type="button" className="font-medium underline" onClick={() => accounts.refetch()}>
            Try again
          </button>
        </ErrorAlert>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white">
          <table className="w-full text-left text-sm">
            <thead className="bg-stone-50 text-xs uppercase tracking-wide text-muted">
              <tr>
                <th scope="col" className="px-3 py-2">
                  Email
                </th>
                <th scope="col" className="px-3 py-2">
                  Name
                </th>
                <th scope="col" className="px-3 py-2">
                  Role
                </th>
                <th scope="col" className="px-3 py-2">
                  Status
                </th>
                <th scope="col" className="px-3 py-2">
                  Created
                </th>
                <th scope="col" className="px-3 py-2 text-right">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-stone-100">
              {accounts.isPending ? (
                <tr>
                  <td colSpan={USER_COLUMNS} className="px-3 py-6 text-center text-muted">
                    Loading accounts…
                  </td>
                </tr>
              ) : rows.length === 0 ? (
                <tr>
                  <td colSpan={USER_COLUMNS} className="px-3 py-6 text-center text-muted">
                    {term ? `No account matches “${term}”.` : "There are no accounts yet."}
                  </td>
                </tr>
              ) : (
                rows.map((account) => (
                  <UserRow key={account.id} account={account} isSelf={account.id === me.id} />
                ))
              )}
            </tbody>
          </table>
        </div>
      )}
      {accounts.hasNextPage ? (
        <button
          type="button"
          onClick={() => accounts.fetchNextPage()}
          disabled={accounts.isFetchingNextPage}
          className={`${secondaryButton} self-center`}
        >
          {accounts.isFetchingNextPage ? "Loading…" : "Load more"}
        </button>
      ) : null}
    </section>
  );
}
