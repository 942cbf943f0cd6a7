import type { OrderPayments, PaymentAttempt } from "./staff-order";

/** The payment a refund would come from, and how much of it is still the customer's to get back. */
export interface Refundable {
  attempt: PaymentAttempt;
  /** Refunds done or still on their way to the provider. */
  spentMinor: number;
  leftMinor: number;
}

/**
 * Worked out as the server does (payments/refunds.ts), so the page offers exactly what it would
 * accept: the latest paid attempt, less every refund of it that has not failed (one still on its
 * way counts, or two people could refund the same money). Null when nothing was captured.
 */
export function refundableOf(payments: OrderPayments): Refundable | null {
  // Attempts arrive oldest first.
  const attempt = payments.attempts.findLast((candidate) => candidate.status === "succeeded");
  if (!attempt) return null;
  const spentMinor = payments.refunds
    .filter((refund) => refund.paymentId === attempt.id && refund.status !== "failed")
    .reduce((sum, refund) => sum + refund.amountMinor, 0);
  return { attempt, spentMinor, leftMinor: attempt.amountMinor - spentMinor };
}
