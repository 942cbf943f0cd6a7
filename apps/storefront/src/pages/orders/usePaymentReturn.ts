import { type RouterOutputs, useTRPC } from "@petshop/client/react";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import type { Order } from "./order-type";
import type { PaymentReturn } from "./search";

// Back from the payment provider. Its redirect can arrive before its webhook does, so on
// `?payment=returned` we ask for the payment's state a few times until there is a verdict.

export const PAYMENT_POLL_MS = 1_500;
/** After this, we stop watching and say the receipt will come by mail. */
export const PAYMENT_WAIT_MS = 30_000;

/** What the page has to tell about the payment the customer just came back from. */
export type PaymentNews = "checking" | "received" | "failed" | "slow" | "not_completed";

type PaymentStatus = RouterOutputs["payments"]["status"];

/** "checking" until the order is paid or the attempt failed; nothing to tell if the order ended. */
function verdict(status: PaymentStatus | undefined): PaymentNews | undefined {
  if (!status) return "checking";
  if (status.orderStatus === "paid" || status.orderStatus === "fulfilled") return "received";
  // Cancelled, expired or refunded meanwhile: the order's status panel explains.
  if (status.orderStatus !== "pending_payment") return undefined;
  const attempt = status.payment?.status;
  return attempt === "failed" || attempt === "expired" ? "failed" : "checking";
}

const stateOf = (orderStatus: string, payment: { status: string } | null) =>
  `${orderStatus}/${payment?.status ?? "none"}`;

/** The news about a payment the customer has just come back from, if that is why they are here. */
export function usePaymentReturn(order: Order, from: PaymentReturn | undefined): PaymentNews | undefined {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const returned = from === "returned";
  const [waitedLong, setWaitedLong] = useState(false);
  useEffect(() => {
    if (!returned) return;
    const timer = setTimeout(() => setWaitedLong(true), PAYMENT_WAIT_MS);
    return () => clearTimeout(timer);
  }, [returned]);

  const status = useQuery(
    trpc.payments.status.queryOptions(
      { orderId: order.id },
      {
        enabled: returned,
        refetchInterval: (query) =>
          !waitedLong && verdict(query.state.data) === "checking" ? PAYMENT_POLL_MS : false,
      },
    ),
  );

  // The order on screen (and in the history) was read before the news: fetch it again once the
  // payment's state differs from the one it shows. Compared as text, so this runs once per change.
  const seen = status.data ? stateOf(status.data.orderStatus, status.data.payment) : undefined;
  const shown = stateOf(order.status, order.payment);
  const orderId = order.id;
  useEffect(() => {
    if (seen === undefined || seen === shown) return;
    void queryClient.invalidateQueries({ queryKey: trpc.orders.byId.queryKey({ orderId }) });
    void queryClient.invalidateQueries({ queryKey: trpc.orders.list.pathKey() });
  }, [seen, shown, orderId, queryClient, trpc]);

  if (from === "cancelled") return order.status === "pending_payment" ? "not_completed" : undefined;
  if (!returned) return undefined;
  const news = verdict(status.data);
  return news === "checking" && waitedLong ? "slow" : news;
}
