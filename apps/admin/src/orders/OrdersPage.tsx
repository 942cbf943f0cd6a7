import { useTRPC } from "@petshop/client/react";
import { useInfiniteQuery } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import { button } from "../components/buttons";
import { ListPage, ListToolbar } from "../lists/ListPage";
import { ListTable } from "../lists/ListTable";
import { LoadMoreButton } from "../lists/LoadMoreButton";
import { PAGED_LIST, rowsOf } from "../lists/paged-list";
import { ResultCount } from "../lists/ResultCount";
import { useSearchBox } from "../lists/useSearchBox";
import { useUrlFilters } from "../lists/useUrlFilters";
import { OrderFilters } from "./OrderFilters";
import { ORDER_COLUMNS, OrderRow } from "./OrderRow";
import { dateRangeError, isFiltered, listInputOf } from "./order-search";

const route = getRouteApi("/orders");

/** Every order, newest first: narrowed by status, days and customer email, and a page at a time. */
export function OrdersPage() {
  const trpc = useTRPC();
  const { search, update } = useUrlFilters(route.useSearch(), route.useNavigate());
  const box = useSearchBox(search.email ?? "", (term) => update({ email: term || undefined }));
  const rangeError = dateRangeError(search);
  const orders = useInfiniteQuery(
    trpc.orders.adminList.infiniteQueryOptions(listInputOf(search), {
      ...PAGED_LIST,
      enabled: rangeError === null,
    }),
  );
  const rows = rowsOf(orders.data);
  const filtered = isFiltered(search);

  return (
    <ListPage title="Orders">
      <ListToolbar
        summary={
          <>
            <ResultCount query={orders} typing={box.pending} noun="orders" blocked={rangeError !== null} />
            {filtered ? (
              <button
                type="button"
                className={button.secondary}
                onClick={() =>
                  update({ status: undefined, from: undefined, to: undefined, email: undefined })
                }
              >
                Clear filters
              </button>
            ) : null}
          </>
        }
      >
        <OrderFilters
          statuses={search.status ?? []}
          onStatusesChange={(status) => update({ status: status.length > 0 ? status : undefined })}
          from={search.from}
          to={search.to}
          onFromChange={(from) => update({ from })}
          onToChange={(to) => update({ to })}
          rangeError={rangeError}
          email={box}
        />
      </ListToolbar>
      <ListTable
        caption="Orders, newest first"
        columns={ORDER_COLUMNS}
        query={orders}
        rows={rows}
        row={(order) => <OrderRow key={order.id} order={order} />}
        blocked={rangeError ? "Fix the dates to see orders." : null}
        loading="Loading orders…"
        empty={filtered ? "No order matches these filters." : "There are no orders yet."}
        failed="The orders could not be loaded."
      />
      {rangeError ? null : <LoadMoreButton query={orders} />}
    </ListPage>
  );
}
