import type { Database } from "@petshop/db";
import { formatPrice } from "@petshop/db/constants";
import { type Kysely, sql, type Transaction } from "kysely";
import { mailOnce } from "../../mail/mail-once";
import type { Mailer } from "../../mail/mailer";

// The receipt a customer gets once their order is paid, and the notice of a refund, each sent by a
// job exactly once (see mailOnce).

export async function mailPaymentReceipt(
  deps: { db: Kysely<Database>; mailer: Mailer; publicUrl: string },
  orderId: string,
): Promise<"sent" | "already-sent" | "no-such-order"> {
  const order = await deps.db
    .selectFrom("orders")
    .select(["id", "number", "contactName", "contactEmail", "totalMinor", "currency", "receiptMailedAt"])
    .where("id", "=", orderId)
    .executeTakeFirst();
  if (!order) return "no-such-order";
  if (order.receiptMailedAt) return "already-sent";
  const claim = async (trx: Transaction<Database>) => {
    const marked = await trx
      .updateTable("orders")
      .set({ receiptMailedAt: sql`now()` })
      .where("id", "=", orderId)
      .where("receiptMailedAt", "is", null)
      .executeTakeFirst();
    return marked.numUpdatedRows === 1n;
  };
  return mailOnce(deps, claim, {
    to: order.contactEmail,
    subject: `Receipt for your order #${order.number} at Paws & Fins`,
    text: [
      `Hello ${order.contactName},`,
      "",
      `we have received your payment of ${formatPrice(order.totalMinor, order.currency)} for order #${order.number}. Thank you!`,
      "",
      `See your order: ${deps.publicUrl}/account/orders/${order.id}`,
    ].join("\n"),
  });
}

/** Tells the customer a refund went through (once, like the receipt). */
export async function mailRefundNotice(
  deps: { db: Kysely<Database>; mailer: Mailer; publicUrl: string },
  refundId: string,
): Promise<"sent" | "already-sent" | "no-such-refund"> {
  const refund = await deps.db
    .selectFrom("refunds")
    .innerJoin("payments", "payments.id", "refunds.paymentId")
    .innerJoin("orders", "orders.id", "payments.orderId")
    .select([
      "refunds.amountMinor",
      "refunds.noticeMailedAt",
      "payments.currency",
      "orders.id as orderId",
      "orders.number",
      "orders.contactName",
      "orders.contactEmail",
    ])
    .where("refunds.id", "=", refundId)
    .executeTakeFirst();
  if (!refund) return "no-such-refund";
  if (refund.noticeMailedAt) return "already-sent";
  const claim = async (trx: Transaction<Database>) => {
    const marked = await trx
      .updateTable("refunds")
      .set({ noticeMailedAt: sql`now()` })
      .where("id", "=", refundId)
      .where("noticeMailedAt", "is", null)
      .executeTakeFirst();
    return marked.numUpdatedRows === 1n;
  };
  return mailOnce(deps, claim, {
    to: refund.contactEmail,
    subject: `Refund for your order #${refund.number} at Paws & Fins`,
    text: [
      `Hello ${refund.contactName},`,
      "",
      `we have refunded ${formatPrice(refund.amountMinor, refund.currency)} for order #${refund.number}. Depending on your bank it may take a few days to show.`,
      "",
      `See your order: ${deps.publicUrl}/account/orders/${refund.orderId}`,
    ].join("\n"),
  });
}
