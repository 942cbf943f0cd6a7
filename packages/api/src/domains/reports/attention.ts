import type { Database, OrderStatus } from "@petshop/db";
import { type ExpressionBuilder, type Kysely, sql } from "kysely";
import type { AttentionInput } from "./schemas";

// What staff should look at now: orders flagged for a payment that could not be honoured, unpaid
// orders whose hold is about to end, and paid orders waiting to be handed over. Each list is one
// query whose window count gives the exact total while the list itself stays short.

const paidAt = (eb: ExpressionBuilder<Database, "orders">) =>
  eb
    .selectFrom("orderEvents")
    .select((e) => e.fn.max("orderEvents.createdAt").as("paidAt"))
    .whereRef("orderEvents.orderId", "=", "orders.id")
    .where("orderEvents.toStatus", "=", "paid")
    .as("paidAt");

function attentionOrders(db: Kysely<Database>) {
  return db
    .selectFrom("orders")
    .select((eb) => [
      "orders.id as orderId",
      "orders.number",
      "orders.status",
      "orders.contactEmail",
      "orders.totalMinor",
      "orders.currency",
      "orders.createdAt",
      "orders.attention",
      "orders.expiresAt",
      paidAt(eb),
      sql<string>`count(*) over ()`.as("total"),
    ]);
}

type AttentionQuery = ReturnType<typeof attentionOrders>;

/**
 * An order in one of the lists. Spelt out rather than read off the query's type, so the packed
 * client's declarations need none of Kysely's (decision 012); `listOf` checks the rows against it.
 */
export interface AttentionOrder {
  orderId: string;
  number: string;
  status: OrderStatus;
  contactEmail: string;
  totalMinor: number;
  currency: string;
  createdAt: string;
  attention: string | null;
  expiresAt: string | null;
  paidAt: string | null;
}

/** A list's first `limit` orders and how many there are in all. */
async function listOf(query: AttentionQuery, limit: number) {
  const rows = await query.limit(limit).execute();
  return {
    count: Number(rows[0]?.total ?? 0),
    items: rows.map(({ total: _total, ...order }): AttentionOrder => order),
  };
}

/** The three lists of orders needing staff, as of `now`. */
export async function ordersNeedingAttention(db: Kysely<Database>, input: AttentionInput, now: Date) {
  const soon = new Date(now.getTime() + input.expiringWithinMinutes * 60_000).toISOString();
  const [flagged, expiringSoon, awaitingFulfilment] = await Promise.all([
    listOf(
      attentionOrders(db)
        .where("orders.attention", "is not", null)
        .orderBy("orders.createdAt", "desc")
        .orderBy("orders.id", "desc"),
      input.limit,
    ),
    // Overdue orders the expiry job has not reached yet are included: they still hold animals.
    listOf(
      attentionOrders(db)
        .where("orders.status", "=", "pending_payment")
        .where("orders.expiresAt", "<=", soon)
        .orderBy("orders.expiresAt")
        .orderBy("orders.id"),
      input.limit,
    ),
    listOf(
      attentionOrders(db).where("orders.status", "=", "paid").orderBy("paidAt").orderBy("orders.id"),
      input.limit,
    ),
  ]);
  return { flagged, expiringSoon, awaitingFulfilment };
}
