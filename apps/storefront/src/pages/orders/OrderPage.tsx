import { useTRPC } from "@petshop/client/react";
import { formatDateTime } from "@petshop/ui";
import { OrderStatusBadge } from "@petshop/ui/orders";
import { useQuery } from "@tanstack/react-query";
import { getRouteApi, Link } from "@tanstack/react-router";
import { useCallback } from "react";
import { ErrorState } from "../../components/ErrorState";
import { SignedInOnly } from "../../components/SignedInOnly";
import { NotFoundPage } from "../NotFoundPage";
import { OrderFacts } from "./OrderFacts";
import { OrderLines } from "./OrderLines";
import { OrderStatusPanel } from "./OrderStatusPanel";
import { isMissing, orderQuery } from "./order-query";
import type { Order } from "./order-type";
import { orderTitle } from "./order-words";
import { PaymentNewsBanner } from "./PaymentNewsBanner";
import type { PaymentReturn } from "./search";
import { usePaymentReturn } from "./usePaymentReturn";

const route = getRouteApi("/account/orders/$orderId");

interface OrderVisit {
  /** Straight after checkout. */
  placed: boolean;
  /** Back from the payment provider, and how. */
  payment: PaymentReturn | undefined;
}

/** One of the customer's orders; with a thank-you after checkout, and news after paying. */
export function OrderPage() {
  const { orderId } = route.useParams();
  const { placed, payment } = route.useSearch();
  return (
    <SignedInOnly redirect={`/account/orders/${orderId}`} loading={<OrderSkeleton />}>
      {() => <OrderLoader orderId={orderId} visit={{ placed: placed === true, payment }} />}
    </SignedInOnly>
  );
}

function OrderLoader({ orderId, visit }: { orderId: string; visit: OrderVisit }) {
  const trpc = useTRPC();
  const order = useQuery(orderQuery(trpc, orderId));
  if (order.data) return <OrderDetails order={order.data} visit={visit} />;
  if (order.isError) {
    return isMissing(order.error) ? (
      <NotFoundPage what="order" />
    ) : (
      <ErrorState title="We could not load this order." onRetry={() => order.refetch()} />
    );
  }
  return <OrderSkeleton />;
}

function OrderDetails({ order, visit }: { order: Order; visit: OrderVisit }) {
  const paymentNews = usePaymentReturn(order, visit.payment);
  return (
    <article className="mx-auto flex max-w-4xl flex-col gap-6">
      <nav aria-label="Breadcrumb" className="text-sm text-muted">
        <Link to="/account/orders" className="hover:text-brand-700 hover:underline">
          Your orders
        </Link>
        <span aria-hidden="true"> / </span>
        <span>{orderTitle(order.number)}</span>
      </nav>
      {visit.placed ? <ThankYou email={order.contactEmail} /> : null}
      {paymentNews ? <PaymentNewsBanner news={paymentNews} /> : null}
      <header className="flex flex-wrap items-center gap-x-4 gap-y-2">
        <h1 className="text-2xl font-bold tracking-tight text-ink sm:text-3xl">{orderTitle(order.number)}</h1>
        <OrderStatusBadge status={order.status} />
        <p className="w-full text-sm text-muted">Placed {formatDateTime(order.createdAt)}</p>
      </header>
      <div className="grid gap-6 md:grid-cols-[minmax(0,1fr)_18rem] md:items-start">
        <div className="flex flex-col gap-6">
          <OrderStatusPanel order={order} paymentNews={paymentNews} />
          <OrderLines order={order} />
        </div>
        <OrderFacts order={order} />
      </div>
    </article>
  );
}

/**
 * Straight after checkout. The button that placed the order is gone with the checkout page, so
 * focus moves here and the thanks are read out first.
 */
function ThankYou({ email }: { email: string }) {
  const focus = useCallback((banner: HTMLDivElement | null) => banner?.focus(), []);
  return (
    <div
      ref={focus}
      tabIndex={-1}
      className="rounded-2xl border border-brand-600 bg-brand-50 p-5 text-brand-800 outline-none sm:p-6"
    >
      <p className="text-lg font-semibold">Thank you for your order!</p>
      <p className="mt-1">We have sent a confirmation to {email}.</p>
    </div>
  );
}

function OrderSkeleton() {
  return (
    <section
      aria-busy="true"
      aria-label="Loading your order"
      className="mx-auto flex max-w-4xl flex-col gap-6"
    >
      <div className="h-5 w-40 animate-pulse rounded bg-stone-200" />
      <div className="h-9 w-56 animate-pulse rounded bg-stone-200" />
      <div className="grid gap-6 md:grid-cols-[minmax(0,1fr)_18rem] md:items-start">
        <div className="flex flex-col gap-6">
          <div className="h-32 animate-pulse rounded-2xl bg-stone-200" />
          <div className="h-48 animate-pulse rounded-2xl bg-stone-200" />
        </div>
        <div className="h-56 animate-pulse rounded-2xl bg-stone-200" />
      </div>
    </section>
  );
}
