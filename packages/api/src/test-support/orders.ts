import { randomUUID } from "node:crypto";
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
