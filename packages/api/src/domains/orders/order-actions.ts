import type { Database } from "@petshop/db";
import type { Kysely } from "kysely";
import { DomainError } from "../../domain-error";
import { type OrderActor, SYSTEM_ACTOR, transitionOrder } from "./order-status";

// What people and jobs do to orders after checkout. Each action is one transaction around one
// move of the state machine (order-status.ts), which decides whether the move is allowed.

/** A customer cancels their own unpaid order; anyone else's is NOT_FOUND. */
export async function cancelOwnOrder(
  db: Kysely<Database>,
  userId: string,
  orderId: string,
  reason: string | undefined,
) {
  return db.transaction().execute(async (trx) => {
    const own = await trx
      .selectFrom("orders")
      .select("id")
      .where("id", "=", orderId)
      .where("userId", "=", userId)
      .executeTakeFirst();
    if (!own) throw new DomainError("NOT_FOUND", "No such order.");
    return transitionOrder(
      trx,
      orderId,
      "cancelled",
      { kind: "customer", userId },
      reason ?? "Cancelled by the customer",
    );
  });
}

/** Staff cancel an unpaid order, saying why. */
export function staffCancelOrder(db: Kysely<Database>, actor: OrderActor, orderId: string, reason: string) {
  return db.transaction().execute((trx) => transitionOrder(trx, orderId, "cancelled", actor, reason));
}

/** Staff hand a paid order over (picked up or delivered). */
export function markOrderFulfilled(db: Kysely<Database>, actor: OrderActor, orderId: string) {
  return db.transaction().execute((trx) => transitionOrder(trx, orderId, "fulfilled", actor, null));
}

/** Staff add a note to an order's timeline. */
export async function addOrderNote(db: Kysely<Database>, actor: OrderActor, orderId: string, text: string) {
  const order = await db.selectFrom("orders").select("id").where("id", "=", orderId).executeTakeFirst();
  if (!order) throw new DomainError("NOT_FOUND", "No such order.");
  await db
    .insertInto("orderEvents")
    .values({ orderId, kind: "note", actorKind: actor.kind, actorId: actor.userId, reason: text })
    .execute();
  return { added: true };
}

/**
 * Expires unpaid orders past their hold, returning their stock; returns how many it expired.
 * One order per transaction, so locks are taken in the usual order (the order's animals, then
 * the catalogue version) and never across orders. Safe to run on several instances at once: each
 * order is claimed with SKIP LOCKED, and the state machine refuses one meanwhile paid or cancelled.
 */
export async function expireOverdueOrders(db: Kysely<Database>, now: Date): Promise<number> {
  let expired = 0;
  for (;;) {
    const claimed = await db.transaction().execute(async (trx) => {
      const due = await trx
        .selectFrom("orders")
        .select("id")
        .where("status", "=", "pending_payment")
        .where("expiresAt", "<=", now.toISOString())
        .orderBy("expiresAt")
        .limit(1)
        .forUpdate()
        .skipLocked()
        .executeTakeFirst();
      if (!due) return false;
      await transitionOrder(trx, due.id, "expired", SYSTEM_ACTOR, "Not paid in time");
      return true;
    });
    if (!claimed) return expired;
    expired += 1;
  }
}
