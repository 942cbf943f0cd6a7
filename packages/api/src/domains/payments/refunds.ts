import type { Database } from "@petshop/db";
import { formatPrice } from "@petshop/db/constants";
import { type Kysely, sql } from "kysely";
import { DomainError } from "../../domain-error";
import type { JobQueue } from "../../jobs/job-queue";
import { transitionOrder } from "../orders";
import { settleRefund } from "./payment-events";
import type { PaymentProvider } from "./provider";

// Money back. Staff refund part or all of what was captured, never more than is left; a full
// refund moves the order to refunded (and, if asked, puts its animals back on sale). The provider
// is called by a job, outside any transaction, with our refund id as its idempotency key.

export interface RefundInput {
  orderId: string;
  /** Minor units; what is left when absent. */
  amountMinor?: number | undefined;
  reason: string;
  restock: boolean;
}

/** Records a staff refund and queues it for the provider; returns the refund's id. */
export async function refundOrder(
  db: Kysely<Database>,
  jobs: JobQueue,
  actorId: string,
  input: RefundInput,
): Promise<{ refundId: string }> {
  return db.transaction().execute(async (trx) => {
    const order = await trx
      .selectFrom("orders")
      .select(["id", "status"])
      .where("id", "=", input.orderId)
      .forUpdate()
      .executeTakeFirst();
    if (!order) throw new DomainError("NOT_FOUND", "No such order.");
    if (order.status !== "paid" && order.status !== "fulfilled") {
      throw new DomainError("CONFLICT", "Only a paid order can be refunded.");
    }
    // The payment to refund: the oldest captured one with money left (an order paid twice has
    // had its second payment refunded automatically).
    const captured = await trx
      .selectFrom("payments")
      .select(["id", "amountMinor", "currency"])
      .select((eb) =>
        eb
          .selectFrom("refunds")
          .select(sql<number>`coalesce(sum(amount_minor), 0)::int`.as("spent"))
          .whereRef("refunds.paymentId", "=", "payments.id")
          // Refunds still on their way count as spent, so two staff members cannot refund twice.
          .where("refunds.status", "in", ["pending", "succeeded"])
          .as("spent"),
      )
      .where("orderId", "=", order.id)
      .where("status", "=", "succeeded")
      .orderBy("createdAt")
      .forUpdate()
      .execute();
    if (captured.length === 0)
      throw new DomainError("CONFLICT", "This order has no captured payment to refund.");
    const payment = captured.find((p) => p.amountMinor - (p.spent ?? 0) > 0);
    if (!payment) throw new DomainError("CONFLICT", "This payment has been refunded in full already.");
    const left = payment.amountMinor - (payment.spent ?? 0);
    const amount = input.amountMinor ?? left;
    if (amount > left) {
      throw new DomainError(
        "BAD_REQUEST",
        `At most ${formatPrice(left, payment.currency)} is left to refund.`,
      );
    }
    const full = amount === left;
    if (input.restock && !full) {
      throw new DomainError("BAD_REQUEST", "Animals go back on sale only with a full refund.");
    }
    const refund = await trx
      .insertInto("refunds")
      .values({
        paymentId: payment.id,
        amountMinor: amount,
        reason: input.reason,
        restock: input.restock,
        status: "pending",
        actorId,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    if (full) {
      await transitionOrder(trx, order.id, "refunded", { kind: "staff", userId: actorId }, input.reason);
      if (input.restock) {
        await sql`
          update animals set stock = animals.stock + l.quantity, updated_at = now()
          from order_lines l where l.order_id = ${order.id} and animals.id = l.animal_id`.execute(trx);
      }
    }
    await jobs.send("payment-refund", { refundId: refund.id }, trx);
    return { refundId: refund.id };
  });
}

/**
 * The job: asks the provider for refund `refundId` once (a refund that already has the provider's
 * id is not asked again; the provider dedupes on our id besides).
 */
export async function sendRefundToProvider(
  db: Kysely<Database>,
  provider: PaymentProvider,
  jobs: JobQueue,
  refundId: string,
): Promise<"sent" | "already-sent" | "no-such-refund"> {
  const refund = await db
    .selectFrom("refunds")
    .innerJoin("payments", "payments.id", "refunds.paymentId")
    .select([
      "refunds.id",
      "refunds.paymentId",
      "refunds.amountMinor",
      "refunds.providerRefundId",
      "payments.providerSessionId",
      "payments.providerPaymentId",
    ])
    .where("refunds.id", "=", refundId)
    .executeTakeFirst();
  if (!refund) return "no-such-refund";
  if (refund.providerRefundId) return "already-sent";
  const answer = await provider.refund({
    refundId: refund.id,
    providerSessionId: refund.providerSessionId,
    providerPaymentId: refund.providerPaymentId,
    amountMinor: refund.amountMinor,
  });
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable("refunds")
      .set({ providerRefundId: answer.providerRefundId })
      .where("id", "=", refund.id)
      .execute();
    await settleRefund(trx, jobs, refund, answer.status);
  });
  return "sent";
}
