import { type RouterOutputs, useTRPC } from "@petshop/client/react";
import { BusyButton, FULFILMENT_LABELS, formatDate, formatPrice } from "@petshop/ui";
import { OrderStatusBadge } from "@petshop/ui/orders";
import { useInfiniteQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { button } from "../../components/buttons";
import { itemCount } from "../../components/cart/item-count";
import { ErrorState } from "../../components/ErrorState";
import { SignedInOnly } from "../../components/SignedInOnly";
import { AccountTabs } from "../account/AccountTabs";
import { orderTitle } from "./order-words";

type OrderSummary = RouterOutputs["orders"]["list"]["items"][number];

export const ORDERS_PAGE_SIZE = 10;

/** The signed-in customer's orders, newest first, a page at a time. */
export function OrderHistoryPage() {
  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-6">
      <h1 className="text-2xl font-bold tracking-tight text-ink sm:text-3xl">Your orders</h1>
      <AccountTabs />
      <SignedInOnly redirect="/account/orders" loading={<OrdersSkeleton />}>
        {() => <OrderList />}
      </SignedInOnly>
    </div>
  );
}

function OrderList() {
  const trpc = useTRPC();
  const orders = useInfiniteQuery(
    trpc.orders.list.infiniteQueryOptions(
      { limit: ORDERS_PAGE_SIZE },
      { getNextPageParam: (page) => page.nextCursor },
    ),
  );
  const items = orders.data?.pages.flatMap((page) => page.items) ?? [];

  if (!orders.data) {
    return orders.isError ? (
      <ErrorState title="We could not load your orders." onRetry={() => orders.refetch()} />
    ) : (
      <OrdersSkeleton />
    );
  }
  if (items.length === 0) {
    return (
      <div className="flex flex-col items-center gap-4 rounded-2xl border border-dashed border-stone-300 bg-white p-10 text-center">
        <p className="font-medium text-ink">You have not placed an order yet.</p>
        <Link to="/" search={{}} className={button.primary}>
          See all animals
        </Link>
      </div>
    );
  }
  return (
    <div className="flex flex-col gap-4">
      <ul className="divide-y divide-stone-200 rounded-2xl border border-stone-200 bg-white shadow-sm">
        {items.map((order) => (
          <li key={order.id}>
            <OrderRow order={order} />
          </li>
        ))}
      </ul>
      {orders.hasNextPage ? (
        <BusyButton
          busy={orders.isFetchingNextPage}
          busyLabel="Loading…"
          onClick={() => orders.fetchNextPage()}
          className={`${button.primary} self-center`}
        >
          Show more orders
        </BusyButton>
      ) : null}
      {orders.isFetchNextPageError ? (
        <ErrorState title="We could not load more orders." onRetry={() => orders.fetchNextPage()} />
      ) : null}
    </div>
  );
}

/** One order; the whole row links to it. */
function OrderRow({ order }: { order: OrderSummary }) {
  return (
    <Link
      to="/account/orders/$orderId"
      params={{ orderId: order.id }}
      search={{}}
      className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2 p-4 hover:bg-stone-50"
    >
      <div className="min-w-0">
        <p className="flex flex-wrap items-center gap-2 font-semibold text-ink">
          {orderTitle(order.number)} <OrderStatusBadge status={order.status} />
        </p>
        <p className="mt-0.5 text-sm text-muted">
          {formatDate(order.createdAt)} · {itemCount(order.itemCount ?? 0)} ·{" "}
          {FULFILMENT_LABELS[order.fulfilment]}
        </p>
      </div>
      <p className="font-semibold text-ink">{formatPrice(order.totalMinor, order.currency)}</p>
    </Link>
  );
}

function OrdersSkeleton() {
  return (
    <div role="status" aria-busy="true" aria-label="Loading your orders" className="flex flex-col gap-3">
      {Array.from({ length: 3 }, (_, i) => (
        <div key={i} className="h-20 animate-pulse rounded-2xl bg-stone-200" />
      ))}
    </div>
  );
}
