import { randomUUID } from "node:crypto";
import { createSession } from "../auth/sessions";
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
