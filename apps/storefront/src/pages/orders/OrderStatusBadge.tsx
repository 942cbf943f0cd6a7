import type { OrderStatus } from "@petshop/db/constants";
import { ORDER_STATUS_LABELS } from "./order-words";

const COLOURS: Record<OrderStatus, string> = {
  pending_payment: "bg-amber-100 text-amber-900",
  paid: "bg-brand-50 text-brand-800",
  fulfilled: "bg-brand-100 text-brand-800",
  cancelled: "bg-stone-200 text-stone-700",
  expired: "bg-stone-200 text-stone-700",
  refunded: "bg-sky-100 text-sky-900",
};

/** An order's status in words (the colour only repeats what the words say). */
export function OrderStatusBadge({ status }: { status: OrderStatus }) {
  return (
    <span
      className={`inline-flex shrink-0 items-center whitespace-nowrap rounded-full px-2.5 py-0.5 text-xs font-medium ${COLOURS[status]}`}
    >
      {ORDER_STATUS_LABELS[status]}
    </span>
  );
}
