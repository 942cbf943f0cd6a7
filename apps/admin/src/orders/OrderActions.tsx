import { ORDER_STATUS_LABELS } from "@petshop/ui";
import { useState } from "react";
import { ErrorAlert } from "../components/ErrorAlert";
import { HoldExpiry } from "./HoldExpiry";
import { MarkFulfilledButton } from "./MarkFulfilledButton";
import type { OrderOutcome } from "./order-outcome";
import { STATUS_MEANINGS, staffActionsFor } from "./order-status";
import { RefundAction } from "./RefundAction";
import { refundableOf } from "./refundable";
import type { StaffOrder } from "./staff-order";
import { useOrderForms } from "./useOrderForms";

/** The order's status, what it means, and only the moves staff may make from it. */
export function OrderActions({ order }: { order: StaffOrder }) {
  const { CancelOrderForm } = useOrderForms();
  const [outcome, setOutcome] = useState<OrderOutcome | null>(null);
  const actions = staffActionsFor(order.status);
  const refundable = actions.includes("refund") ? refundableOf(order.payments) : null;
  // Refunds are offered while something is left of the paid attempt; the server holds to the same.
  const toRefund = refundable && refundable.leftMinor > 0 ? refundable : null;

  return (
    <section
      aria-labelledby="order-status-heading"
      className="rounded-lg border border-stone-200 bg-white p-4"
    >
      <h2 id="order-status-heading" className="text-base font-semibold">
        Status: {ORDER_STATUS_LABELS[order.status]}
      </h2>
      <p className="text-sm text-muted">{STATUS_MEANINGS[order.status]}</p>
      {order.status === "pending_payment" && order.expiresAt ? (
        <HoldExpiry expiresAt={order.expiresAt} now={Date.now()} />
      ) : null}
      {outcome?.kind === "refused" ? <ErrorAlert className="mt-3">{outcome.text}</ErrorAlert> : null}
      <p role="status" className="mt-1 text-sm font-medium text-green-800">
        {outcome?.kind === "done" ? outcome.text : null}
      </p>
      {actions.includes("markFulfilled") || toRefund ? (
        <div className="mt-3 flex flex-wrap gap-2">
          {actions.includes("markFulfilled") ? (
            <MarkFulfilledButton order={order} onOutcome={setOutcome} />
          ) : null}
          {toRefund ? <RefundAction order={order} refundable={toRefund} onOutcome={setOutcome} /> : null}
        </div>
      ) : null}
      {actions.includes("cancel") ? <CancelOrderForm order={order} onOutcome={setOutcome} /> : null}
    </section>
  );
}
