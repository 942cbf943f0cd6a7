import type { Database, PaymentProviderKind } from "@petshop/db";
import { type Kysely, sql, type Transaction } from "kysely";
import { DomainError } from "../../domain-error";
import type { JobQueue } from "../../jobs/job-queue";
import { retryTransaction } from "../../lib/retry-transaction";
import { SYSTEM_ACTOR, transitionOrder } from "../orders";
import type { PaymentEvent } from "./provider";
import { toStoredJson } from "./stored-json";

// Acting on what a provider tells us. Each event is stored under the provider's event id in the
// same transaction as what it changes, so a repeated delivery finds its row and does nothing; the
// order's state machine decides what a late or out-of-order event may still change.

export type PaymentEventOutcome =
  /** Seen before: nothing done. */
  | "duplicate"
  /** About no payment we know. */
  | "unknown"
  | "applied"
  /** Too late or out of order: the state had moved on. */
  | "ignored"
  /** Amount or currency differ from the attempt: not believed. */
  | "refused"
  /** The customer finished, but the money is still on its way (a bank transfer). */
  | "awaiting"
  /** Paid after the hold ended: the units were still there and are taken again. */
  | "late-reserved"
  /** Paid when the order could no longer be honoured: refunded automatically, flagged for staff. */
  | "refunding";

type PaymentRow = { id: string; orderId: string; status: string; amountMinor: number; currency: string };

/** A full refund the shop owes, queued for the provider; the order is flagged for staff. */
async function refundAutomatically(
  trx: Transaction<Database>,
  jobs: JobQueue,
  payment: PaymentRow,
  why: string,
): Promise<"refunding"> {
  const refund = await trx
    .insertInto("refunds")
    .values({
      paymentId: payment.id,
      amountMinor: payment.amountMinor,
      reason: why,
      restock: false,
      status: "pending",
      actorId: null,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await trx
    .updateTable("orders")
    .set({ attention: why, updatedAt: sql`now()` })
    .where("id", "=", payment.orderId)
    .execute();
  await jobs.send("payment-refund", { refundId: refund.id }, trx);
  return "refunding";
}

async function paymentSucceeded(
  trx: Transaction<Database>,
  jobs: JobQueue,
  payment: PaymentRow,
  event: { amountMinor: number; currency: string; paymentIntentId: string | null },
): Promise<PaymentEventOutcome> {
  if (event.amountMinor !== payment.amountMinor || event.currency.toUpperCase() !== payment.currency)
    return "refused";
  if (payment.status === "succeeded") return "ignored";
  await trx
    .updateTable("payments")
    .set({ status: "succeeded", providerPaymentId: event.paymentIntentId, updatedAt: sql`now()` })
    .where("id", "=", payment.id)
    .execute();
  const order = await trx
    .selectFrom("orders")
    .select("status")
    .where("id", "=", payment.orderId)
    .forUpdate()
    .executeTakeFirstOrThrow();
  if (order.status === "pending_payment" || order.status === "cancelled" || order.status === "expired") {
    try {
      await transitionOrder(trx, payment.orderId, "paid", SYSTEM_ACTOR, "Payment received");
    } catch (error) {
      // Only a late payment can fail here (its units were sold meanwhile); nothing was written.
      if (!(error instanceof DomainError && error.code === "CONFLICT")) throw error;
      return refundAutomatically(
        trx,
        jobs,
        payment,
        "Paid after the hold ended, when the animals were no longer available; refunded automatically.",
      );
    }
    await jobs.send("payment-receipt", { orderId: payment.orderId }, trx);
    return order.status === "pending_payment" ? "applied" : "late-reserved";
  }
  // The order was paid through another attempt already: this money is not ours to keep.
  return refundAutomatically(trx, jobs, payment, "Paid twice; the second payment is refunded automatically.");
}

async function act(
  trx: Transaction<Database>,
  jobs: JobQueue,
  provider: PaymentProviderKind,
  event: PaymentEvent,
) {
  if (event.type === "refund.updated") {
    const refund = await trx
      .selectFrom("refunds")
      .select(["id", "paymentId", "status", "amountMinor"])
      .where("providerRefundId", "=", event.providerRefundId)
      .forUpdate()
      .executeTakeFirst();
    if (!refund) return { outcome: "unknown" as const, paymentId: null };
    if (refund.status !== "pending") return { outcome: "ignored" as const, paymentId: refund.paymentId };
    await settleRefund(trx, jobs, refund, event.status);
    return { outcome: "applied" as const, paymentId: refund.paymentId };
  }
  const payment = await trx
    .selectFrom("payments")
    .select(["id", "orderId", "status", "amountMinor", "currency"])
    .where("provider", "=", provider)
    .where("providerSessionId", "=", event.sessionId)
    .forUpdate()
    .executeTakeFirst();
  if (!payment) return { outcome: "unknown" as const, paymentId: null };
  const done = (outcome: PaymentEventOutcome) => ({ outcome, paymentId: payment.id });
  switch (event.type) {
    case "checkout.completed":
      return done(event.paid ? await paymentSucceeded(trx, jobs, payment, event) : "awaiting");
    case "checkout.async_payment_succeeded":
      return done(await paymentSucceeded(trx, jobs, payment, event));
    case "checkout.async_payment_failed":
    case "checkout.expired": {
      if (payment.status !== "open") return done("ignored");
      const status = event.type === "checkout.expired" ? "expired" : "failed";
      await trx
        .updateTable("payments")
        .set({ status, updatedAt: sql`now()` })
        .where("id", "=", payment.id)
        .execute();
      return done("applied");
    }
  }
}

/** Records a refund's final state; a successful one counts against the payment. */
export async function settleRefund(
  trx: Transaction<Database>,
  jobs: JobQueue,
  refund: { id: string; paymentId: string; amountMinor: number },
  status: "pending" | "succeeded" | "failed",
) {
  await trx.updateTable("refunds").set({ status }).where("id", "=", refund.id).execute();
  if (status === "failed") {
    // The order may already say refunded; staff must know the money did not go back.
    await sql`
      update orders set attention = 'A refund failed at the payment provider; the money has not been returned.',
        updated_at = now()
      from payments where payments.id = ${refund.paymentId} and orders.id = payments.order_id`.execute(trx);
  }
  if (status === "succeeded") {
    await jobs.send("refund-notice", { refundId: refund.id }, trx);
    await trx
      .updateTable("payments")
      .set({ refundedMinor: sql`refunded_minor + ${refund.amountMinor}`, updatedAt: sql`now()` })
      .where("id", "=", refund.paymentId)
      .execute();
  }
}

/** Applies one provider event exactly once; see the module comment. */
export async function applyPaymentEvent(
  db: Kysely<Database>,
  jobs: JobQueue,
  provider: PaymentProviderKind,
  event: PaymentEvent,
  payload: unknown,
): Promise<PaymentEventOutcome> {
  return retryTransaction(() =>
    db.transaction().execute(async (trx) => {
      const stored = await trx
        .insertInto("paymentEvents")
        .values({
          provider,
          providerEventId: event.eventId,
          type: event.type,
          outcome: "received",
          payload: toStoredJson(payload),
        })
        .onConflict((oc) => oc.columns(["provider", "providerEventId"]).doNothing())
        .returning("id")
        .executeTakeFirst();
      if (!stored) return "duplicate";
      const { outcome, paymentId } = await act(trx, jobs, provider, event);
      await trx
        .updateTable("paymentEvents")
        .set({ outcome, paymentId })
        .where("id", "=", stored.id)
        .execute();
      return outcome;
    }),
  );
}
