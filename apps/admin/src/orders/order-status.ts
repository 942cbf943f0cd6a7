import { ORDER_TRANSITIONS, type OrderStatus } from "@petshop/db/constants";

/** What a member of staff can do to an order from this page. */
export type StaffOrderAction = "markFulfilled" | "cancel" | "refund";

/** The staff actions of this page and the status each moves an order to. */
const ACTION_TARGETS: Record<StaffOrderAction, OrderStatus> = {
  markFulfilled: "fulfilled",
  cancel: "cancelled",
  // A partial refund leaves the status as it is, but it is allowed from the same statuses.
  refund: "refunded",
};

/**
 * The actions the state machine (ORDER_TRANSITIONS, shared with the server) allows from each
 * status. The server checks every move again; a stale page gets a CONFLICT, never a wrong state.
 * Payment and expiry are not staff moves. A refund also needs money left to refund (refundable.ts).
 */
export function staffActionsFor(status: OrderStatus): StaffOrderAction[] {
  const actions: StaffOrderAction[] = ["markFulfilled", "cancel", "refund"];
  return actions.filter((action) => ORDER_TRANSITIONS[status].includes(ACTION_TARGETS[action]));
}

/** What each status means for the animals and for staff, said under the status. */
export const STATUS_MEANINGS: Record<OrderStatus, string> = {
  pending_payment: "The customer has not paid yet; the animals are held for them.",
  paid: "Paid: hand the animals over, then mark the order fulfilled.",
  fulfilled: "The animals have been handed over.",
  cancelled: "Cancelled before payment: the animals went back on sale.",
  expired: "Not paid in time: the animals went back on sale.",
  refunded: "The payment was refunded.",
};
