import { randomUUID } from "node:crypto";
import { createSession } from "../auth/sessions";
import { applyPaymentEvent } from "../domains/payments/payment-events";
import type { ApiDeps } from "../trpc";
import { callerWith, type TestActor } from "./context";

/** A fresh idempotency key, as the storefront makes one per checkout attempt. */
export const checkoutKey = () => `test-${randomUUID()}`;

/** Fills `actor`'s cart with `lines` and checks out for pickup at the total shown; returns the order. */
export async function placeOrder(
  deps: ApiDeps,
  actor: TestActor,
  lines: { animalId: string; quantity?: number }[],
  idempotencyKey = checkoutKey(),
) {
  const { caller } = await callerWith(deps, { cookie: actor.cookie });
  for (const line of lines) await caller.cart.add({ animalId: line.animalId, quantity: line.quantity ?? 1 });
  const cart = await caller.cart.get();
  return caller.orders.checkout({
    idempotencyKey,
    expectedTotalMinor: cart.subtotalMinor,
    contact: { name: "Test Customer", email: actor.email },
    fulfilment: { method: "pickup" },
  });
}

/**
 * A customer with a session, written directly: for tests that need hundreds of them, where hashing
 * a password each would only slow the test. They cannot sign in with a password.
 */
export async function quickCustomer(deps: Pick<ApiDeps, "db" | "clock">) {
  const user = await deps.db
    .insertInto("users")
    .values({
      email: `quick-${randomUUID()}@example.test`,
      name: "Quick Customer",
      passwordHash: "not-a-real-hash",
    })
    .returning(["id", "email"])
    .executeTakeFirstOrThrow();
  const session = await createSession(
    deps.db,
    user.id,
    { userAgent: null, ipAddress: null },
    deps.clock.now(),
  );
  return { ...user, cookie: `session=${session.token}` };
}

/** Puts lines straight into `userId`'s cart (a new cart), in the order given. */
export async function fillCart(
  deps: Pick<ApiDeps, "db">,
  userId: string,
  lines: { animalId: string; quantity: number }[],
) {
  const cart = await deps.db.insertInto("carts").values({ userId }).returning("id").executeTakeFirstOrThrow();
  await deps.db
    .insertInto("cartLines")
    .values(lines.map((line) => ({ cartId: cart.id, ...line })))
    .execute();
}

/** Opens a local payment attempt for `orderId` as its customer would; returns the attempt. */
export async function openPayment(deps: ApiDeps, actor: { cookie: string }, orderId: string) {
  const { caller } = await callerWith(deps, { cookie: actor.cookie });
  await caller.payments.start({ orderId });
  return deps.db
    .selectFrom("payments")
    .select(["id", "amountMinor", "currency"])
    .where("orderId", "=", orderId)
    .orderBy("createdAt", "desc")
    .executeTakeFirstOrThrow();
}

/** Delivers the local provider's "paid" event for attempt `payment`; returns what it did. */
export function completePayment(
  deps: ApiDeps,
  payment: { id: string; amountMinor: number; currency: string },
) {
  const event = {
    type: "checkout.completed",
    eventId: `evt-${randomUUID()}`,
    sessionId: payment.id,
    paymentIntentId: null,
    paid: true,
    amountMinor: payment.amountMinor,
    currency: payment.currency,
  } as const;
  return applyPaymentEvent(deps.db, deps.jobs, "local", event, event);
}

/** Pays `orderId` on the local provider, as its customer would; returns the attempt's id. */
export async function payOrder(deps: ApiDeps, actor: { cookie: string }, orderId: string) {
  const payment = await openPayment(deps, actor, orderId);
  await completePayment(deps, payment);
  return payment.id;
}
