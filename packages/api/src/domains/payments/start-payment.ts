import { randomUUID } from "node:crypto";
import type { Database } from "@petshop/db";
import type { Kysely } from "kysely";
import { isUniqueViolation } from "../../db-errors";
import { DomainError } from "../../domain-error";
import { latestPayment } from "./payment-views";
import type { PaymentProvider } from "./provider";

// "Pay" on an order: open an attempt at the provider for the order's own total, or reuse the one
// already open. Only the order's customer may, and only while it awaits payment.

async function openAttempt(db: Kysely<Database>, orderId: string, now: Date) {
  return db
    .selectFrom("payments")
    .select(["id", "redirectUrl"])
    .where("orderId", "=", orderId)
    .where("status", "=", "open")
    .where("expiresAt", ">", now.toISOString())
    .executeTakeFirst();
}

/** Where to send the customer to pay order `orderId`. */
export async function startPayment(
  db: Kysely<Database>,
  provider: PaymentProvider,
  input: { userId: string; orderId: string; publicUrl: string; now: Date },
): Promise<{ redirectUrl: string }> {
  const order = await db
    .selectFrom("orders")
    .select(["id", "number", "status", "totalMinor", "currency", "contactEmail", "expiresAt"])
    .where("id", "=", input.orderId)
    .where("userId", "=", input.userId)
    .executeTakeFirst();
  if (!order) throw new DomainError("NOT_FOUND", "No such order.");
  if (order.status !== "pending_payment" || !order.expiresAt) {
    throw new DomainError("CONFLICT", "This order is not awaiting payment.");
  }
  if (new Date(order.expiresAt) <= input.now) {
    throw new DomainError("CONFLICT", "The hold on this order has ended; please order again.");
  }
  const open = await openAttempt(db, order.id, input.now);
  if (open) return { redirectUrl: open.redirectUrl };

  const lines = await db
    .selectFrom("orderLines")
    .select(["name", "unitPriceMinor", "quantity"])
    .where("orderId", "=", order.id)
    .orderBy("name")
    .execute();
  const paymentId = randomUUID();
  const returnTo = `${input.publicUrl}/account/orders/${order.id}`;
  const session = await provider.createCheckout({
    paymentId,
    orderId: order.id,
    orderNumber: order.number,
    amountMinor: order.totalMinor,
    currency: order.currency,
    lines,
    customerEmail: order.contactEmail,
    expiresAt: new Date(order.expiresAt),
    successUrl: `${returnTo}?payment=returned`,
    cancelUrl: `${returnTo}?payment=cancelled`,
  });
  try {
    await db
      .insertInto("payments")
      .values({
        id: paymentId,
        orderId: order.id,
        provider: provider.kind,
        providerSessionId: session.sessionId,
        redirectUrl: session.redirectUrl,
        amountMinor: order.totalMinor,
        currency: order.currency,
        expiresAt: order.expiresAt,
      })
      .execute();
  } catch (error) {
    // A second "Pay" raced this one and opened an attempt first: use that one.
    const winner = isUniqueViolation(error, "payments_one_open_per_order")
      ? await openAttempt(db, order.id, input.now)
      : undefined;
    if (!winner) throw error;
    return { redirectUrl: winner.redirectUrl };
  }
  return { redirectUrl: session.redirectUrl };
}

/** The payment state of the caller's order, for the page the customer returns to. */
export async function paymentStatus(db: Kysely<Database>, userId: string, orderId: string) {
  const order = await db
    .selectFrom("orders")
    .select(["id", "status"])
    .where("id", "=", orderId)
    .where("userId", "=", userId)
    .executeTakeFirst();
  if (!order) throw new DomainError("NOT_FOUND", "No such order.");
  return { orderStatus: order.status, payment: await latestPayment(db, orderId) };
}
