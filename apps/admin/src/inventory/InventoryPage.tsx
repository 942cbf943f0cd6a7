import { useTRPC } from "@petshop/client/react";
import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import { getRouteApi, Link } from "@tanstack/react-router";
import { primaryButton, secondaryButton } from "../components/buttons";
import { ErrorAlert } from "../components/ErrorAlert";
import { useSearchBox } from "../lib/useSearchBox";
import { InventoryFilters } from "./InventoryFilters";
import { INVENTORY_COLUMNS, InventoryRow } from "./InventoryRow";
import { listInputOf, sortOf } from "./inventory-search";

const route = getRouteApi("/inventory");

const HEADINGS = [
  { label: "Name", align: "" },
  { label: "Species", align: "" },
  { label: "Breed", align: "" },
  { label: "Price", align: "text-right" },
  { label: "Stock", align: "text-right" },
  { label: "Status", align: "" },
] as const;

/** Every listing, in any status: found by words, narrowed, sorted, and a page at a time. */
export function InventoryPage() {
  const trpc = useTRPC();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  // Filters replace the history entry: Back leaves the inventory rather than stepping through them.
  const update = (next: Partial<typeof search>) =>
    navigate({ search: (prev) => ({ ...prev, ...next }), replace: true });
  // A new search starts at best match (sort: undefined); its words are dropped when emptied.
  const box = useSearchBox(search.q ?? "", (term) => update({ q: term || undefined, sort: undefined }));

  const inventory = useInfiniteQuery(
    trpc.animals.list.infiniteQueryOptions(listInputOf(search), {
      getNextPageParam: (page) => page.nextCursor,
      // The old rows stay while new ones load, so the table does not jump at every change.
      placeholderData: keepPreviousData,
    }),
  );
  const animals = inventory.data?.pages.flatMap((page) => page.items) ?? [];
  const filtered = Boolean(search.status || search.q || search.species);
  const busy = box.pending || (inventory.isPlaceholderData && inventory.isFetching);

  return (
    <section aria-labelledby="inventory-heading" className="flex flex-col gap-4">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h1 id="inventory-heading" className="text-xl font-semibold">
          Inventory
        </h1>
        <Link to="/animals/new" className={primaryButton}>
          New listing
        </Link>
      </div>
      <div className="flex flex-wrap items-end justify-between gap-3">
        <InventoryFilters
          status={search.status}
          onStatusChange={(status) => update({ status })}
          searchText={box.text}
          onSearchTextChange={box.setText}
          sort={sortOf(search)}
          searching={Boolean(search.q)}
          onSortChange={(sort) => update({ sort })}
          species={search.species}
          onSpeciesChange={(species) => update({ species })}
        />
        <p className="text-sm text-muted" aria-live="polite">
          {busy
            ? "Searching…"
            : inventory.data
              ? `${animals.length}${inventory.hasNextPage ? "+" : ""} listings`
              : ""}
        </p>
      </div>
      {inventory.isError && !inventory.data ? (
        <ErrorAlert>
          The listings could not be loaded.{" "}
          <button type="button" className="font-medium underline" onClick={() => inventory.refetch()}>
            Try again
          </button>
        </ErrorAlert>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Listings</caption>
            <thead className="bg-stone-50 text-xs uppercase tracking-wide text-muted">
              <tr>
                {HEADINGS.map((heading) => (
                  <th key={heading.label} scope="col" className={`px-3 py-2 ${heading.align}`}>
                    {heading.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-stone-100">
              {inventory.isPending ? (
                <tr>
                  <td colSpan={INVENTORY_COLUMNS} className="px-3 py-6 text-center text-muted">
                    Loading listings…
                  </td>
                </tr>
              ) : animals.length === 0 ? (
                <tr>
                  <td colSpan={INVENTORY_COLUMNS} className="px-3 py-6 text-center text-muted">
                    {filtered ? "No listing matches these filters." : "There are no listings yet."}
                  </td>
                </tr>
              ) : (
                animals.map((animal) => <InventoryRow key={animal.id} animal={animal} />)
              )}
            </tbody>
          </table>
        </div>
      )}
      {inventory.hasNextPage ? (
        <button
          type="button"
          onClick={() => inventory.fetchNextPage()}
          disabled={inventory.isFetchingNextPage}
          className={`${secondaryButton} self-center`}
        >
          {inventory.isFetchingNextPage ? "Loading…" : "Load more"}
        </button>
      ) : null}
    </section>
  );
}
