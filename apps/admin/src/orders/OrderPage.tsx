import { useTRPC } from "@petshop/client/react";
import { hasErrorCode } from "@petshop/ui/forms";
import { useQuery } from "@tanstack/react-query";
import { getRouteApi, Link } from "@tanstack/react-router";
import { Suspense } from "react";
import { ErrorAlert } from "../components/ErrorAlert";
import { OrderDetail } from "./OrderDetail";
import { staffOrderQuery } from "./staff-order-query";
import { usePreloadedOrderForms } from "./useOrderForms";

const route = getRouteApi("/orders/$orderId");

/** Loads one order for staff; showing and acting on it is OrderDetail's. */
export function OrderPage() {
  const { orderId } = route.useParams();
  const trpc = useTRPC();
  const order = useQuery(staffOrderQuery(trpc, orderId));
  usePreloadedOrderForms();

  if (order.data) {
    return (
      // The order shows once its forms' code is in too (useOrderForms.ts), whole rather than in jolts.
      <Suspense fallback={<OrderLoading />}>
        {/* A different order is a different page: no half-typed note or reason may carry over. */}
        <OrderDetail key={order.data.id} order={order.data} />
      </Suspense>
    );
  }
  if (order.isPending) return <OrderLoading />;
  // A malformed id is refused as BAD_REQUEST; to the person both mean the address leads nowhere.
  const missing = hasErrorCode(order.error, "NOT_FOUND") || hasErrorCode(order.error, "BAD_REQUEST");
  return (
    <section className="flex flex-col gap-2">
      <h1 className="text-xl font-semibold">{missing ? "Order not found" : "Order unavailable"}</h1>
      {missing ? (
        <p className="text-sm text-muted">There is no order at this address.</p>
      ) : (
        <ErrorAlert>
          The order could not be loaded.{" "}
          <button type="button" className="font-medium underline" onClick={() => order.refetch()}>
            Try again
          </button>
        </ErrorAlert>
      )}
      <Link to="/orders" className="text-sm text-brand-700 underline">
        Back to orders
      </Link>
    </section>
  );
}

function OrderLoading() {
  return (
    <p role="status" className="text-sm text-muted">
      Loading the order…
    </p>
  );
}
