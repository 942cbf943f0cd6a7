import type { OrderStatus } from "@petshop/db/constants";
import { formatDateTime, ORDER_STATUS_LABELS } from "@petshop/ui";
import { useRef } from "react";
import { CancelOrder } from "./CancelOrder";
import type { Order } from "./order-type";
import { PaymentLine } from "./PaymentLine";
import { PayOrder } from "./PayOrder";
import type { PaymentNews } from "./usePaymentReturn";

const EXPLANATIONS: Record<Exclude<OrderStatus, "pending_payment">, string> = {
  paid: "Thank you for paying. We are getting your order ready.",
  fulfilled: "Your order has been handed over. Enjoy your new companion!",
  cancelled: "This order was cancelled, and its animals went back on sale.",
  expired: "This order was not paid in time, so it expired and its animals went back on sale.",
  refunded: "This order was refunded.",
};

interface OrderStatusPanelProps {
  order: Order;
  /** News about a payment the customer has just come back from, shown above the panel. */
  paymentNews: PaymentNews | undefined;
}

/** Where the order stands, in words, with what the customer can still do about it. */
export function OrderStatusPanel({ order, paymentNews }: OrderStatusPanelProps) {
  // Cancelling takes the button (and the focus on it) away; focus then lands on the news instead.
  const panel = useRef<HTMLDivElement>(null);
  const pending = order.status === "pending_payment";
  return (
    <div
      ref={panel}
      tabIndex={-1}
      className="flex flex-col gap-3 rounded-2xl border border-stone-200 bg-white p-5 shadow-sm outline-none sm:p-6"
    >
      <h2 className="text-lg font-semibold text-ink">{ORDER_STATUS_LABELS[order.status]}</h2>
      {/* A live region, so a change made here (a cancellation) is read out. */}
      <p role="status" className="text-ink">
        {order.status === "pending_payment" ? holdMessage(order.expiresAt) : EXPLANATIONS[order.status]}
      </p>
      {/* The news above already tells the story of this attempt; the line would repeat it. */}
      {paymentNews ? null : <PaymentLine order={order} />}
      {/* While a payment we were just told of is being confirmed, paying again or cancelling would
          only race it. */}
      {pending && paymentNews !== "checking" ? (
        <div className="flex flex-col gap-3">
          <PayOrder order={order} />
          <CancelOrder order={order} onCancelled={() => panel.current?.focus()} />
        </div>
      ) : null}
    </div>
  );
}

function holdMessage(expiresAt: string | null): string {
  if (!expiresAt) return "We are holding your animals for you until you pay.";
  return `We are holding your animals for you until ${formatDateTime(expiresAt)}. If the order is not paid by then, it expires and they go back on sale.`;
}
