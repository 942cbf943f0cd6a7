import type { RouterOutputs } from "@petshop/client/react";
import type { Fulfilment, OrderActorKind } from "@petshop/db/constants";

/** An order as staff load it (orders.adminById): lines, contact, customer, timeline and payments. */
export type StaffOrder = RouterOutputs["orders"]["adminById"];
export type OrderLine = StaffOrder["lines"][number];
export type OrderEvent = StaffOrder["events"][number];
/** The order's money as staff see it: every attempt to pay, every refund, every provider event. */
export type OrderPayments = StaffOrder["payments"];
export type PaymentAttempt = OrderPayments["attempts"][number];
export type OrderRefund = OrderPayments["refunds"][number];
export type ProviderEvent = OrderPayments["events"][number];
/** One row of orders.adminList. */
export type ListedOrder = RouterOutputs["orders"]["adminList"]["items"][number];

export const FULFILMENT_LABELS: Record<Fulfilment, string> = {
  pickup: "Pickup",
  delivery: "Delivery",
};

export const ACTOR_LABELS: Record<OrderActorKind, string> = {
  customer: "customer",
  staff: "staff",
  system: "automatic",
};
