import { useTRPC } from "@petshop/client/react";
import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import { secondaryButton } from "../components/buttons";
import { ErrorAlert } from "../components/ErrorAlert";
import { useSearchBox } from "../lib/useSearchBox";
import { OrderFilters } from "./OrderFilters";
import { ORDER_COLUMNS, OrderRow } from "./OrderRow";
import { dateRangeError, isFiltered, listInputOf } from "./order-search";

const route = getRouteApi("/orders");

const HEADINGS = [
  { label: "Order", align: "" },
  { label: "Placed", align: "" },
  { label: "Customer", align: "" },
  { label: "Items", align: "text-right" },
  { label: "Total", align: "text-right" },
  { label: "Fulfilment", align: "" },
  { label: "Status", align: "" },
] as const;

/** Every order, newest first: narrowed by status, days and customer email, and a page at a time. */
export function OrdersPage() {
  const trpc = useTRPC();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  // Filters replace the history entry: Back leaves the orders rather than stepping through them.
  const update = (next: Partial<typeof search>) =>
    navigate({ search: (prev) => ({ ...prev, ...next }), replace: true });
  const box = useSearchBox(search.email ?? "", (term) => update({ email: term || undefined }));
  const rangeError = dateRangeError(search);

  const orders = useInfiniteQuery(
    trpc.orders.adminList.infiniteQueryOptions(listInputOf(search), {
      getNextPageParam: (page) => page.nextCursor,
      // The old rows stay while new ones load, so the table does not jump at every change.
      placeholderData: keepPreviousData,
      enabled: rangeError === null,
    }),
  );
  const rows = orders.data?.pages.flatMap((page) => page.items) ?? [];
  const filtered = isFiltered(search);
  const busy = box.pending || (orders.isPlaceholderData && orders.isFetching);

  return (
    <section aria-labelledby="orders-heading" className="flex flex-col gap-4">
      <h1 id="orders-heading" className="text-xl font-semibold">
        Orders
      </h1>
      <div className="flex flex-wrap items-end justify-between gap-3">
        <OrderFilters
          statuses={search.status ?? []}
          onStatusesChange={(status) => update({ status: status.length > 0 ? status : undefined })}
          from={search.from}
          to={search.to}
          onFromChange={(from) => update({ from })}
          onToChange={(to) => update({ to })}
          rangeError={rangeError}
          emailText={box.text}
          onEmailTextChange={box.setText}
        />
        <div className="flex items-center gap-3">
          <p className="text-sm text-muted" aria-live="polite">
            {busy
              ? "Searching…"
              : orders.data && !rangeError
                ? `${rows.length}${orders.hasNextPage ? "+" : ""} orders`
                : ""}
          </p>
          {filtered ? (
            <button
              type="button"
              className={secondaryButton}
              onClick={() => update({ status: undefined, from: undefined, to: undefined, email: undefined })}
            >
              Clear filters
            </button>
          ) : null}
        </div>
      </div>
      {orders.isError && !orders.data ? (
        <ErrorAlert>
          The orders could not be loaded.{" "}
          <button type="button" className="font-medium underline" onClick={() => orders.refetch()}>
            Try again
          </button>
        </ErrorAlert>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Orders, newest first</caption>
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
              {rangeError ? (
                <tr>
                  <td colSpan={ORDER_COLUMNS} className="px-3 py-6 text-center text-muted">
                    Fix the dates to see orders.
                  </td>
                </tr>
              ) : orders.isPending ? (
                <tr>
                  <td colSpan={ORDER_COLUMNS} className="px-3 py-6 text-center text-muted">
                    Loading orders…
                  </td>
                </tr>
              ) : rows.length === 0 ? (
                <tr>
                  <td colSpan={ORDER_COLUMNS} className="px-3 py-6 text-center text-muted">
                    {filtered ? "No order matches these filters." : "There are no orders yet."}
                  </td>
                </tr>
              ) : (
                rows.map((order) => <OrderRow key={order.id} order={order} />)
              )}
            </tbody>
          </table>
        </div>
      )}
      {orders.hasNextPage && !rangeError ? (
        <button
          type="button"
          onClick={() => orders.fetchNextPage()}
          disabled={orders.isFetchingNextPage}
          className={`${secondaryButton} self-center`}
        >
          {orders.isFetchingNextPage ? "Loading…" : "Load more"}
        </button>
      ) : null}
    </section>
  );
}
