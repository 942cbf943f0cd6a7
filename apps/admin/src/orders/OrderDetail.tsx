import { formatDateTime, formatPrice } from "@petshop/ui";
import { OrderStatusBadge } from "@petshop/ui/orders";
import { Link } from "@tanstack/react-router";
import { AttentionBanner } from "./AttentionBanner";
import { OrderActions } from "./OrderActions";
import { OrderCustomer } from "./OrderCustomer";
import { OrderDelivery } from "./OrderDelivery";
import { OrderLines } from "./OrderLines";
import { OrderTimeline } from "./OrderTimeline";
import { PaymentPanel } from "./PaymentPanel";
import type { StaffOrder } from "./staff-order";
import { useOrderForms } from "./useOrderForms";

interface OrderDetailProps {
  /** The order as cached now, replaced by the server's answer to every action taken here. */
  order: StaffOrder;
}

/**
 * One order's page: what was bought, by whom, where it goes, how it was paid, what happened to it,
 * and what is next.
 */
export function OrderDetail({ order }: OrderDetailProps) {
  const { AddNoteForm } = useOrderForms();
  return (
    <section aria-labelledby="order-heading" className="flex flex-col gap-4">
      <div>
        <Link to="/orders" className="text-sm text-brand-700 underline">
          Back to orders
        </Link>
        <div className="mt-1 flex flex-wrap items-center gap-3">
          <h1 id="order-heading" className="text-xl font-semibold tabular-nums">
            Order #{order.number}
          </h1>
          <OrderStatusBadge density="compact" status={order.status} />
        </div>
        <p className="text-sm text-muted">
          Placed <time dateTime={order.createdAt}>{formatDateTime(order.createdAt)}</time> by{" "}
          {order.customer.name} · {formatPrice(order.totalMinor, order.currency)}
        </p>
      </div>
      {order.attention ? <AttentionBanner text={order.attention} /> : null}
      {/* minmax(0, …): a wide table scrolls in its own box rather than widening the page on a phone. */}
      <div className="grid grid-cols-[minmax(0,1fr)] items-start gap-4 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <div className="flex flex-col gap-4">
          <OrderLines order={order} />
          <PaymentPanel order={order} />
          <OrderTimeline events={order.events}>
            <AddNoteForm orderId={order.id} />
          </OrderTimeline>
        </div>
        <div className="flex flex-col gap-4">
          <OrderActions order={order} />
          <OrderCustomer order={order} />
          <OrderDelivery order={order} />
        </div>
      </div>
    </section>
  );
}
