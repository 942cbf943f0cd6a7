import type { Fulfilment, OrderStatus } from "@petshop/db/constants";

// Orders as customers read them: statuses in words, and times in their own time zone.

export const ORDER_STATUS_LABELS: Record<OrderStatus, string> = {
  pending_payment: "Awaiting payment",
  paid: "Paid",
  fulfilled: "Fulfilled",
  cancelled: "Cancelled",
  expired: "Expired",
  refunded: "Refunded",
};

export const FULFILMENT_LABELS: Record<Fulfilment, string> = {
  pickup: "Pickup at the shop",
  delivery: "Delivery",
};

/** "21 Nov 2026, 10:30". */
export function formatDateTime(timestamp: string): string {
  return new Date(timestamp).toLocaleString("en-IE", { dateStyle: "medium", timeStyle: "short" });
}

/** "21 Nov 2026". */
export function formatDate(timestamp: string): string {
  return new Date(timestamp).toLocaleDateString("en-IE", { dateStyle: "medium" });
}

/** "Order #1042", as the confirmation mail names it. */
export const orderTitle = (number: string) => `Order #${number}`;
