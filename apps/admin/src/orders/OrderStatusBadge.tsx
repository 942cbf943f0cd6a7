import type { OrderStatus } from "@petshop/db/constants";

export const ORDER_STATUS_LABELS: Record<OrderStatus, string> = {
  pending_payment: "Awaiting payment",
  paid: "Paid",
  fulfilled: "Fulfilled",
  cancelled: "Cancelled",
  expired: "Expired",
  refunded: "Refunded",
};

// Colour by what staff must do: amber waits on the customer, blue waits on us, green is done, grey
// is over without a sale.
const STATUS_STYLES: Record<OrderStatus, string> = {
  pending_payment: "border-amber-300 bg-amber-50 text-amber-900",
  paid: "border-sky-300 bg-sky-50 text-sky-900",
  fulfilled: "border-green-300 bg-green-50 text-green-900",
  cancelled: "border-stone-300 bg-stone-100 text-stone-700",
  expired: "border-stone-300 bg-stone-100 text-stone-700",
  refunded: "border-violet-300 bg-violet-50 text-violet-900",
};

/** An order's status as a word in a coloured pill: the colour helps, the word carries it. */
export function OrderStatusBadge({ status }: { status: OrderStatus }) {
  return (
    <span
      className={`inline-block whitespace-nowrap rounded border px-1.5 py-0.5 text-xs font-medium ${STATUS_STYLES[status]}`}
    >
      {ORDER_STATUS_LABELS[status]}
    </span>
  );
}
