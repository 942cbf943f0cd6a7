import { formatDateTime, formatPrice } from "@petshop/ui";
import { OrderStatusBadge } from "@petshop/ui/orders";
import { Link } from "@tanstack/react-router";
import type { Column } from "../lists/ListTable";
import { FULFILMENT_LABELS, type ListedOrder } from "./staff-order";

export const ORDER_COLUMNS: readonly Column[] = [
  { label: "Order" },
  { label: "Placed" },
  { label: "Customer" },
  { label: "Items", align: "right" },
  { label: "Total", align: "right" },
  { label: "Fulfilment" },
  { label: "Status" },
];

/** One order in the table, its number linking to its page. */
export function OrderRow({ order }: { order: ListedOrder }) {
  return (
    <tr className="hover:bg-stone-50">
      <td className="px-3 py-1.5 font-medium tabular-nums">
        {/* Named in full for screen readers; a visually hidden span inside made the link's box
            reach outside its text, so a click at its centre missed it. */}
        <Link
          to="/orders/$orderId"
          params={{ orderId: order.id }}
          aria-label={`Order #${order.number}`}
          className="text-brand-700 hover:underline"
        >
          #{order.number}
        </Link>
      </td>
      <td className="whitespace-nowrap px-3 py-1.5 tabular-nums">
        <time dateTime={order.createdAt}>{formatDateTime(order.createdAt)}</time>
      </td>
      <td className="px-3 py-1.5">
        <span className="block">{order.customerName}</span>
        <span className="block text-xs text-muted">{order.customerEmail}</span>
      </td>
      <td className="px-3 py-1.5 text-right tabular-nums">{order.itemCount}</td>
      <td className="px-3 py-1.5 text-right tabular-nums">{formatPrice(order.totalMinor, order.currency)}</td>
      <td className="px-3 py-1.5">{FULFILMENT_LABELS[order.fulfilment]}</td>
      <td className="px-3 py-1.5">
        <OrderStatusBadge density="compact" status={order.status} />
        {order.status === "pending_payment" && order.expiresAt ? (
          <span className="block text-xs text-muted">
            held until <time dateTime={order.expiresAt}>{formatDateTime(order.expiresAt)}</time>
          </span>
        ) : null}
      </td>
    </tr>
  );
}
