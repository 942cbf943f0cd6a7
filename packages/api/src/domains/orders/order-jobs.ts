import type { Database } from "@petshop/db";
import { type Kysely, sql, type Transaction } from "kysely";
import { mailOnce } from "../../mail/mail-once";
import type { Mailer } from "../../mail/mailer";
import { orderConfirmationMail } from "./order-mail";
import { findOrderForMail } from "./order-views";

// What the order jobs do. Each is idempotent: the queue may deliver a job twice, or to two
// instances at once, and the outcome must be the same as once.

/** Mails the confirmation of order `orderId` exactly once (see mailOnce). */
export async function mailOrderConfirmation(
  deps: {
    db: Kysely<Database>;
    mailer: Mailer;
    publicUrl: string;
    /** Where and when pickup orders are collected, which the mail tells. */
    pickup: { address: string; hours: string };
  },
  orderId: string,
): Promise<"sent" | "already-sent" | "no-such-order"> {
  const order = await findOrderForMail(deps.db, orderId);
  if (!order) return "no-such-order";
  if (order.confirmationMailedAt) return "already-sent";
  const claim = async (trx: Transaction<Database>) => {
    const marked = await trx
      .updateTable("orders")
      .set({ confirmationMailedAt: sql`now()` })
      .where("id", "=", orderId)
      .where("confirmationMailedAt", "is", null)
      .executeTakeFirst();
    return marked.numUpdatedRows === 1n;
  };
  return mailOnce(deps, claim, orderConfirmationMail(deps.publicUrl, order, deps.pickup));
}
