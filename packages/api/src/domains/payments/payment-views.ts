import type { Database } from "@petshop/db";
import type { Kysely } from "kysely";

// What an order's payments look like to the people who care: the customer sees the latest attempt;
// staff see every attempt, every refund and every provider event with what it did.

/** The customer's view: the latest attempt, or null before "Pay" was first pressed. */
export async function latestPayment(db: Kysely<Database>, orderId: string) {
  const payment = await db
    .selectFrom("payments")
    .select(["status", "provider", "amountMinor", "currency", "refundedMinor", "updatedAt"])
    .where("orderId", "=", orderId)
    .orderBy("createdAt", "desc")
    .limit(1)
    .executeTakeFirst();
  return payment ?? null;
}

/** Staff's view of an order's money. */
export async function orderPayments(db: Kysely<Database>, orderId: string) {
  const attempts = await db
    .selectFrom("payments")
    .select([
      "id",
      "provider",
      "providerSessionId",
      "providerPaymentId",
      "status",
      "amountMinor",
      "currency",
      "refundedMinor",
      "createdAt",
      "updatedAt",
    ])
    .where("orderId", "=", orderId)
    .orderBy("createdAt")
    .execute();
  const ids = attempts.map((a) => a.id);
  if (ids.length === 0) return { attempts, refunds: [], events: [] };
  const refunds = await db
    .selectFrom("refunds")
    .leftJoin("users", "users.id", "refunds.actorId")
    .select([
      "refunds.id",
      "refunds.paymentId",
      "refunds.amountMinor",
      "refunds.reason",
      "refunds.restock",
      "refunds.status",
      "users.name as actorName",
      "refunds.createdAt",
    ])
    .where("refunds.paymentId", "in", ids)
    .orderBy("refunds.createdAt")
    .execute();
  const events = await db
    .selectFrom("paymentEvents")
    .select(["id", "provider", "providerEventId", "type", "outcome", "receivedAt"])
    .where("paymentId", "in", ids)
    .orderBy("id")
    .execute();
  return { attempts, refunds, events };
}
