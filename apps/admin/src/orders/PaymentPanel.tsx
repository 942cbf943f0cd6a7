import { formatPrice } from "@petshop/ui";
import { PaymentAttempts } from "./PaymentAttempts";
import { ProviderEvents } from "./ProviderEvents";
import { RefundList } from "./RefundList";
import { refundableOf } from "./refundable";
import type { StaffOrder } from "./staff-order";

/**
 * The order's money, for answering "was it paid, and what went back?": every attempt to pay, every
 * refund, and what each provider event did (to compare with the provider's own dashboard).
 */
export function PaymentPanel({ order }: { order: StaffOrder }) {
  const { payments } = order;
  const refundable = refundableOf(payments);
  return (
    <section aria-labelledby="payment-heading" className="rounded-lg border border-stone-200 bg-white p-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="payment-heading" className="text-base font-semibold">
          Payment
        </h2>
        {refundable ? (
          <p className="text-sm">
            Left to refund:{" "}
            <strong className="tabular-nums">
              {formatPrice(refundable.leftMinor, refundable.attempt.currency)}
            </strong>
          </p>
        ) : null}
      </div>
      {payments.attempts.length === 0 ? (
        <p className="mt-2 text-sm text-muted">The customer has not started paying.</p>
      ) : (
        <div className="mt-2 flex flex-col gap-4">
          <PaymentAttempts attempts={payments.attempts} />
          <RefundList refunds={payments.refunds} currency={order.currency} />
          <ProviderEvents events={payments.events} />
        </div>
      )}
    </section>
  );
}
