import type { Database } from "@petshop/db";
import { type Kysely, sql } from "kysely";
import { z } from "zod";
import { decodeCursor, pageOf } from "../../lib/cursor";
import type { OrderLinesExportInput } from "./schemas";

// Staff export order lines for the books: one row per line with its order's facts, paged by
// (order number, animal id), which is unique and follows the order orders were placed in.

// 18 digits: every such number fits PostgreSQL's bigint.
const cursorSchema = z.object({ number: z.string().regex(/^[0-9]{1,18}$/), animalId: z.uuid() });

/** The start of `day` in `timeZone`, as a timestamptz expression. */
const startOfDay = (day: string, timeZone: string) =>
  sql<string>`(${day}::date)::timestamp at time zone ${timeZone}`;

/** One page of order lines placed between the input's days (inclusive, in `timeZone`). */
export async function exportOrderLines(db: Kysely<Database>, input: OrderLinesExportInput, timeZone: string) {
  let query = db
    .selectFrom("orders")
    .innerJoin("orderLines", "orderLines.orderId", "orders.id")
    .innerJoin("users", "users.id", "orders.userId")
    .leftJoin("animals", "animals.id", "orderLines.animalId")
    .select([
      "orders.number as orderNumber",
      "orders.status",
      "orders.createdAt as placedAt",
      (eb) =>
        eb
          .selectFrom("orderEvents")
          .select((e) => e.fn.min("orderEvents.createdAt").as("paidAt"))
          .whereRef("orderEvents.orderId", "=", "orders.id")
          .where("orderEvents.toStatus", "=", "paid")
          .as("paidAt"),
      "users.email as customerEmail",
      "orders.currency",
      "orderLines.animalId",
      "animals.slug as animalSlug",
      "orderLines.name as animalName",
      "animals.species",
      "orderLines.quantity",
      "orderLines.unitPriceMinor",
      sql<number>`order_lines.unit_price_minor * order_lines.quantity`.as("lineTotalMinor"),
      "orders.totalMinor as orderTotalMinor",
      (eb) =>
        eb
          .selectFrom("refunds")
          .innerJoin("payments", "payments.id", "refunds.paymentId")
          .select(sql<number>`coalesce(sum(refunds.amount_minor), 0)::int`.as("refunded"))
          .whereRef("payments.orderId", "=", "orders.id")
          .where("refunds.status", "=", "succeeded")
          .as("orderRefundedMinor"),
    ])
    .where("orders.createdAt", ">=", startOfDay(input.from, timeZone))
    .where("orders.createdAt", "<", sql<string>`(${input.to}::date + 1)::timestamp at time zone ${timeZone}`);
  if (input.status) query = query.where("orders.status", "in", input.status);
  if (input.cursor) {
    const c = decodeCursor(input.cursor, cursorSchema);
    query = query.where((eb) =>
      eb(
        eb.refTuple("orders.number", "orderLines.animalId"),
        ">",
        eb.tuple(sql<string>`${c.number}::bigint`, c.animalId),
      ),
    );
  }
  const rows = await query
    .orderBy("orders.number")
    .orderBy("orderLines.animalId")
    .limit(input.limit + 1)
    .execute();
  const page = pageOf(rows, input.limit, (last) => ({ number: last.orderNumber, animalId: last.animalId }));
  return {
    items: page.items.map(({ animalId: _animalId, paidAt, orderRefundedMinor, ...row }) => ({
      ...row,
      paidAt: paidAt ?? null,
      orderRefundedMinor: orderRefundedMinor ?? 0,
    })),
    nextCursor: page.nextCursor,
  };
}
