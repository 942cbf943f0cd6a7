import { type Database, ORDER_TRANSITIONS, type OrderActorKind, type OrderStatus } from "@petshop/db";
import { type Kysely, sql, type Transaction } from "kysely";
import { DomainError } from "../../domain-error";
import { bumpCatalogueVersion } from "../animals";

// The order state machine: the only code that changes an order's status. Every change is checked
// against the allowed moves, recorded in order_events, and has its consequence in the same
// transaction (an unpaid order that is cancelled or expires gives its animals back).

export { ORDER_TRANSITIONS };

export const canTransition = (from: OrderStatus, to: OrderStatus) => ORDER_TRANSITIONS[from].includes(to);

/** Who is moving the order: its customer, a member of staff, or one of the shop's jobs. */
export interface OrderActor {
  kind: OrderActorKind;
  /** The account, for customers and staff. */
  userId: string | null;
}

export const SYSTEM_ACTOR: OrderActor = { kind: "system", userId: null };

const STATUS_WORDS: Record<OrderStatus, string> = {
  pending_payment: "awaiting payment",
  paid: "paid",
  fulfilled: "fulfilled",
  cancelled: "cancelled",
  expired: "expired",
  refunded: "refunded",
};

/** Gives an unpaid order's units back to the catalogue. */
async function releaseStock(trx: Transaction<Database>, orderId: string) {
  await sql`
    update animals set stock = animals.stock + l.quantity, updated_at = now()
    from order_lines l
    where l.order_id = ${orderId} and animals.id = l.animal_id`.execute(trx);
  await bumpCatalogueVersion(trx);
}

/**
 * Takes an order's units again for a payment that arrived after they were given back: all of
 * them if every one is still on sale (rows locked in id order, as checkout does), else none.
 */
async function reserveAgain(trx: Transaction<Database>, orderId: string): Promise<boolean> {
  const lines = await trx
    .selectFrom("orderLines")
    .innerJoin("animals", "animals.id", "orderLines.animalId")
    .select(["orderLines.animalId", "orderLines.quantity", "animals.stock", "animals.status"])
    .where("orderLines.orderId", "=", orderId)
    .orderBy("orderLines.animalId")
    .forUpdate("animals")
    .execute();
  if (lines.some((line) => line.status !== "active" || line.stock < line.quantity)) return false;
  for (const line of lines) {
    await trx
      .updateTable("animals")
      .set({ stock: sql`stock - ${line.quantity}`, updatedAt: sql`now()` })
      .where("id", "=", line.animalId)
      .execute();
  }
  await bumpCatalogueVersion(trx);
  return true;
}

/**
 * Moves order `orderId` to `to` inside `trx`, locking it first. An illegal move is CONFLICT and
 * writes nothing (the caller's transaction is rolled back by the throw).
 */
export async function transitionOrder(
  trx: Transaction<Database>,
  orderId: string,
  to: OrderStatus,
  actor: OrderActor,
  reason: string | null,
): Promise<{ from: OrderStatus; to: OrderStatus }> {
  const order = await trx
    .selectFrom("orders")
    .select("status")
    .where("id", "=", orderId)
    .forUpdate()
    .executeTakeFirst();
  if (!order) throw new DomainError("NOT_FOUND", "No such order.");
  const from = order.status;
  if (!canTransition(from, to)) {
    throw new DomainError(
      "CONFLICT",
      `This order is ${STATUS_WORDS[from]}; it cannot become ${STATUS_WORDS[to]}.`,
    );
  }
  const late = (from === "cancelled" || from === "expired") && to === "paid";
  if (late && !(await reserveAgain(trx, orderId))) {
    throw new DomainError("CONFLICT", "The animals of this order are no longer available.");
  }
  await trx
    .updateTable("orders")
    .set({ status: to, updatedAt: sql`now()`, ...(to === "pending_payment" ? {} : { expiresAt: null }) })
    .where("id", "=", orderId)
    .execute();
  await trx
    .insertInto("orderEvents")
    .values({
      orderId,
      kind: "status",
      fromStatus: from,
      toStatus: to,
      actorKind: actor.kind,
      actorId: actor.userId,
      reason,
    })
    .execute();
  if (from === "pending_payment" && (to === "cancelled" || to === "expired")) {
    await releaseStock(trx, orderId);
    // Its open payment attempt closes too; money that still arrives is a late payment.
    await trx
      .updateTable("payments")
      .set({ status: "expired", updatedAt: sql`now()` })
      .where("orderId", "=", orderId)
      .where("status", "=", "open")
      .execute();
  }
  return { from, to };
}

/** `transitionOrder` in a transaction of its own. */
export function changeOrderStatus(
  db: Kysely<Database>,
  orderId: string,
  to: OrderStatus,
  actor: OrderActor,
  reason: string | null,
) {
  return db.transaction().execute((trx) => transitionOrder(trx, orderId, to, actor, reason));
}
