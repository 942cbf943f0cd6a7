import type { Database } from "@petshop/db";
import { type Kysely, sql } from "kysely";
import type { Mailer } from "../../mail/mailer";
import { sendOrderConfirmation } from "./order-mail";
import { findOrderForMail } from "./order-views";

// What the order jobs do. Each is idempotent: the queue may deliver a job twice, or to two
// instances at once, and the outcome must be the same as once.

/**
 * Mails the confirmation of order `orderId` unless it went out already. At least once: if the
 * process dies between the mail and the mark, the retry sends it again (better than never).
 */
export async function mailOrderConfirmation(
  deps: { db: Kysely<Database>; mailer: Mailer; publicUrl: string },
  orderId: string,
): Promise<"sent" | "already-sent" | "no-such-order"> {
  const order = await findOrderForMail(deps.db, orderId);
  if (!order) return "no-such-order";
  if (order.confirmationMailedAt) return "already-sent";
  await sendOrderConfirmation(deps, order);
  const marked = await deps.db
    .updateTable("orders")
    .set({ confirmationMailedAt: sql`now()` })
    .where("id", "=", orderId)
    .where("confirmationMailedAt", "is", null)
    .executeTakeFirst();
  return marked.numUpdatedRows === 1n ? "sent" : "already-sent";
}
