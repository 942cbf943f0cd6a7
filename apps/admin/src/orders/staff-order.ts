import type { RouterOutputs } from "@petshop/client/react";
import type { Fulfilment, OrderActorKind } from "@petshop/db/constants";

/** An order as staff load it (orders.adminById): lines, contact, customer and timeline. */
export type StaffOrder = RouterOutputs["orders"]["adminById"];
export type OrderLine = StaffOrder["lines"][number];
export type OrderEvent = StaffOrder["events"][number];
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
