import type { RouterOutputs } from "@petshop/client/react";
import type { OrderStatus } from "@petshop/db/constants";
import { formatPrice } from "@petshop/ui";
import { Link } from "@tanstack/react-router";
import { type ReactNode, useId } from "react";

type Attention = RouterOutputs["reports"]["attention"];
export type AttentionOrders = Attention["flagged"];
export type AttentionOrder = AttentionOrders["items"][number];

interface AttentionListProps {
  title: string;
  orders: AttentionOrders;
  /** What matters about each order on this list: why it is flagged, when its hold ends… */
  detail: (order: AttentionOrder) => ReactNode;
  empty: string;
  /** The orders page narrowed to this list's orders, where the list has such a filter. */
  status?: OrderStatus;
}

/** One kind of order needing staff: how many there are, and the first few, each linking to its page. */
export function AttentionList({ title, orders, detail, empty, status }: AttentionListProps) {
  const headingId = useId();
  const more = orders.count - orders.items.length;
  return (
    <section aria-labelledby={headingId} className="flex min-w-0 flex-col gap-2">
      <h3 id={headingId} className="flex items-center gap-2 text-sm font-semibold">
        {title}
        <span
          className={`rounded-full px-2 py-0.5 text-xs tabular-nums ${orders.count > 0 ? "bg-amber-100 text-amber-950" : "bg-stone-100 text-stone-700"}`}
        >
          <span className="sr-only">: </span>
          {orders.count}
          <span className="sr-only"> {orders.count === 1 ? "order" : "orders"}</span>
        </span>
      </h3>
      {orders.items.length === 0 ? (
        <p className="text-sm text-muted">{empty}</p>
      ) : (
        <ul className="divide-y divide-stone-100 text-sm">
          {orders.items.map((order) => (
            <li key={order.orderId} className="py-1.5">
              <div className="flex items-baseline justify-between gap-2">
                <Link
                  to="/orders/$orderId"
                  params={{ orderId: order.orderId }}
                  aria-label={`Order #${order.number}`}
                  className="font-medium tabular-nums text-brand-700 hover:underline"
                >
                  #{order.number}
                </Link>
                <span className="tabular-nums">{formatPrice(order.totalMinor, order.currency)}</span>
              </div>
              <p className="truncate text-xs text-muted">{order.contactEmail}</p>
              <div className="text-xs">{detail(order)}</div>
            </li>
          ))}
        </ul>
      )}
      {more > 0 ? (
        <p className="text-xs text-muted">
          {more} more.{" "}
          {status ? (
            <Link to="/orders" search={{ status: [status] }} className="text-brand-700 underline">
              See them all in Orders
            </Link>
          ) : null}
        </p>
      ) : null}
    </section>
  );
}
