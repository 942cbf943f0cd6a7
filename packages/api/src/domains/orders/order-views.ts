import type { Database } from "@petshop/db";
import { type ExpressionBuilder, type Kysely, sql } from "kysely";
import { z } from "zod";
import { DomainError } from "../../domain-error";
import { cursorTimestamp, decodeCursor, pageOf } from "../../lib/cursor";
import { latestPayment, orderPayments } from "../payments";
import type { AdminOrderListInput, OrderListInput } from "./schemas";

// Reading orders: a customer's own (another's is NOT_FOUND), and the staff views with the customer
// and the event timeline. Lists are newest first, paged by (created_at, id).

const summaryColumns = [
  "orders.id",
  "orders.number",
  "orders.status",
  "orders.totalMinor",
  "orders.currency",
  "orders.fulfilment",
  "orders.createdAt",
  "orders.expiresAt",
] as const;

const itemCount =
  sql<number>`(select coalesce(sum(quantity), 0)::int from order_lines where order_id = orders.id)`.as(
    "itemCount",
  );

const cursorSchema = z.object({ createdAt: cursorTimestamp, id: z.uuid() });

const cursorOf = (last: { createdAt: string; id: string }) => ({ createdAt: last.createdAt, id: last.id });

function afterCursor(cursor: string | undefined) {
  return (eb: ExpressionBuilder<Database, "orders">) => {
    if (!cursor) return eb.lit(true);
    const c = decodeCursor(cursor, cursorSchema);
    return eb(
      eb.refTuple("orders.createdAt", "orders.id"),
      "<",
      eb.tuple(sql<string>`${c.createdAt}::timestamptz`, c.id),
    );
  };
}

/** The customer's orders, newest first. */
export async function listOwnOrders(db: Kysely<Database>, userId: string, input: OrderListInput) {
  const rows = await db
    .selectFrom("orders")
    .select(summaryColumns)
    .select(itemCount)
    .where("orders.userId", "=", userId)
    .where(afterCursor(input.cursor))
    .orderBy("orders.createdAt", "desc")
    .orderBy("orders.id", "desc")
    .limit(input.limit + 1)
    .execute();
  return pageOf(rows, input.limit, cursorOf);
}

async function orderDetail(db: Kysely<Database>, orderId: string, userId: string | null) {
  let query = db
    .selectFrom("orders")
    .select(summaryColumns)
    .select([
      "orders.userId",
      "orders.contactName",
      "orders.contactEmail",
      "orders.contactPhone",
      "orders.deliveryAddress",
      "orders.note",
      "orders.attention",
    ])
    .where("orders.id", "=", orderId);
  if (userId) query = query.where("orders.userId", "=", userId);
  const order = await query.executeTakeFirst();
  if (!order) throw new DomainError("NOT_FOUND", "No such order.");
  const lines = await db
    .selectFrom("orderLines")
    .leftJoin("animals", "animals.id", "orderLines.animalId")
    .select([
      "orderLines.animalId",
      "orderLines.name",
      "orderLines.unitPriceMinor",
      "orderLines.quantity",
      "animals.slug",
      "animals.images",
    ])
    .where("orderLines.orderId", "=", orderId)
    .orderBy("orderLines.name")
    .execute();
  const { userId: owner, ...rest } = order;
  return {
    order: {
      ...rest,
      lines: lines.map(({ images, ...line }) => ({
        ...line,
        image: images?.[0] ?? null,
        lineTotalMinor: line.unitPriceMinor * line.quantity,
      })),
    },
    owner,
  };
}

/** One of the customer's own orders, with its latest payment; anyone else's is NOT_FOUND. */
export async function findOwnOrder(db: Kysely<Database>, userId: string, orderId: string) {
  const { order } = await orderDetail(db, orderId, userId);
  // Staff notes about the order's money are not for the customer.
  const { attention: _attention, ...own } = order;
  return { ...own, payment: await latestPayment(db, orderId) };
}

/** An order as its confirmation mail needs it, with when that mail went out; undefined if none. */
export async function findOrderForMail(db: Kysely<Database>, orderId: string) {
  const mailed = await db
    .selectFrom("orders")
    .select("confirmationMailedAt")
    .where("id", "=", orderId)
    .executeTakeFirst();
  if (!mailed) return undefined;
  const { order } = await orderDetail(db, orderId, null);
  return { ...order, confirmationMailedAt: mailed.confirmationMailedAt };
}

/** Staff: orders filtered by status, day range (UTC) and customer email, newest first. */
export async function adminListOrders(db: Kysely<Database>, input: AdminOrderListInput) {
  let query = db
    .selectFrom("orders")
    .innerJoin("users", "users.id", "orders.userId")
    .select(summaryColumns)
    .select(itemCount)
    .select(["users.email as customerEmail", "users.name as customerName", "orders.contactEmail"])
    .where(afterCursor(input.cursor));
  if (input.status?.length) query = query.where("orders.status", "in", input.status);
  if (input.from) query = query.where("orders.createdAt", ">=", sql<string>`${input.from}::date`);
  if (input.to) query = query.where("orders.createdAt", "<", sql<string>`${input.to}::date + 1`);
  if (input.email) {
    const escaped = input.email.replace(/[\\%_]/g, (c) => `\\${c}`);
    query = query.where((eb) =>
      eb.or([eb("users.email", "like", `%${escaped}%`), eb("orders.contactEmail", "like", `%${escaped}%`)]),
    );
  }
  const rows = await query
    .orderBy("orders.createdAt", "desc")
    .orderBy("orders.id", "desc")
    .limit(input.limit + 1)
    .execute();
  return pageOf(rows, input.limit, cursorOf);
}

/** Staff: an order with its customer and its timeline of status changes and notes. */
export async function adminFindOrder(db: Kysely<Database>, orderId: string) {
  const { order, owner } = await orderDetail(db, orderId, null);
  const customer = await db
    .selectFrom("users")
    .select(["id", "email", "name"])
    .where("id", "=", owner)
    .executeTakeFirstOrThrow();
  const events = await db
    .selectFrom("orderEvents")
    .leftJoin("users", "users.id", "orderEvents.actorId")
    .select([
      "orderEvents.id",
      "orderEvents.kind",
      "orderEvents.fromStatus",
      "orderEvents.toStatus",
      "orderEvents.actorKind",
      "users.name as actorName",
      "orderEvents.reason",
      "orderEvents.createdAt",
    ])
    .where("orderEvents.orderId", "=", orderId)
    .orderBy("orderEvents.id")
    .execute();
  return { ...order, customer, events, payments: await orderPayments(db, orderId) };
}

/** Staff: the id of the order with this number; NOT_FOUND when there is none. */
export async function orderIdByNumber(db: Kysely<Database>, number: string): Promise<string> {
  const order = await db
    .selectFrom("orders")
    .select("id")
    .where("number", "=", sql<string>`${number}::bigint`)
    .executeTakeFirst();
  if (!order) throw new DomainError("NOT_FOUND", `There is no order number ${number}.`);
  return order.id;
}
