import type { PaymentProviderKind, PaymentStatus, RefundStatus } from "@petshop/db/constants";
import type { OrderRefund } from "./staff-order";

export const PROVIDER_LABELS: Record<PaymentProviderKind, string> = {
  stripe: "Stripe",
  // The embedded provider: no money moves, so staff should know it is not a real card payment.
  local: "Local (no real money)",
};

export const ATTEMPT_STATUS_LABELS: Record<PaymentStatus, string> = {
  open: "Open",
  succeeded: "Paid",
  failed: "Failed",
  expired: "Expired",
};

export const REFUND_STATUS_LABELS: Record<RefundStatus, string> = {
  pending: "On its way",
  succeeded: "Refunded",
  failed: "Failed",
};

// The API gives event types and outcomes as plain strings (payment-events.ts); these are the ones
// it writes today. Anything new is shown as the API words it, rather than hidden.
const EVENT_TYPES: Record<string, string> = {
  "checkout.completed": "Checkout completed",
  "checkout.async_payment_succeeded": "Delayed payment succeeded",
  "checkout.async_payment_failed": "Delayed payment failed",
  "checkout.expired": "Checkout expired",
  "refund.updated": "Refund updated",
};

const EVENT_OUTCOMES: Record<string, string> = {
  received: "Being handled",
  duplicate: "Duplicate: nothing done",
  unknown: "About no payment we know",
  applied: "Applied",
  ignored: "Ignored: too late or out of order",
  refused: "Refused: amount or currency differ",
  awaiting: "Money still on its way",
  "late-reserved": "Paid late: animals taken again",
  refunding: "Refunded automatically",
};

/**
 * The local provider's page sends Stripe's event names, but to staff its events are a press of its
 * Pay or Decline button, not a delayed bank payment.
 */
const LOCAL_EVENT_TYPES: Record<string, string> = {
  "checkout.completed": "Paid on the local payment page",
  "checkout.async_payment_failed": "Declined on the local payment page",
};

export const eventTypeLabel = (type: string, provider: PaymentProviderKind) =>
  (provider === "local" ? LOCAL_EVENT_TYPES[type] : undefined) ?? EVENT_TYPES[type] ?? type;
export const eventOutcomeLabel = (outcome: string) => EVENT_OUTCOMES[outcome] ?? outcome;

/**
 * Who asked for a refund. The shop's own refunds (a late or double payment) have no account, and
 * neither has one made by an account deleted since; the API does not tell the two apart.
 */
export function refundedBy(refund: OrderRefund): string {
  return refund.actorName ?? "the shop, or a deleted account";
}
