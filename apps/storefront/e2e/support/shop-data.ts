import { randomUUID } from "node:crypto";
import type { ApiClient } from "@petshop/client";
import type { ApiSession, Customer } from "./api";

// What tests need to find in the shop before they start, made through the API as the SPAs would
// make it: carts, orders, payments. Every test makes its own, so none waits on another.

/**
 * The `count` listings with the most stock. Orders of them leave the puppies at the top of the
 * catalogue on sale for the journeys that click "Add to cart" on the first card.
 */
export async function roomiestAnimals(api: ApiClient, count: number) {
  const { items } = await api.animals.list.query({ inStock: true, limit: 100 });
  const animals = [...items].sort((a, b) => b.stock - a.stock).slice(0, count);
  if (animals.length < count) throw new Error(`only ${animals.length} animals are on sale`);
  return animals;
}

/** Puts one each of `count` animals in the caller's cart (a visitor's or a customer's); returns their names. */
export async function fillCart(api: ApiClient, count: number): Promise<string[]> {
  const animals = await roomiestAnimals(api, count);
  for (const animal of animals) await api.cart.add.mutate({ animalId: animal.id, quantity: 1 });
  return animals.map((animal) => animal.name);
}

export interface PlacedOrder {
  id: string;
  /** "Order #12", as the shop's order page and the admin's links name it. */
  title: string;
  /** Where the customer sees it: "/account/orders/<id>". */
  path: string;
  animals: string[];
}

/** A pickup order of `count` animals by `customer`, awaiting payment. */
export async function placeOrder(customer: Customer, count: number): Promise<PlacedOrder> {
  const api = customer.session.client;
  const animals = await fillCart(api, count);
  const cart = await api.cart.get.query();
  const order = await api.orders.checkout.mutate({
    idempotencyKey: randomUUID(),
    expectedTotalMinor: cart.subtotalMinor,
    contact: { name: customer.name, email: customer.email },
    fulfilment: { method: "pickup" },
  });
  return { id: order.id, title: `Order #${order.number}`, path: `/account/orders/${order.id}`, animals };
}

/**
 * Opens a payment for the order and presses Pay or Decline on the local provider's page, as the
 * customer's browser would (the page posts a plain form, which answers with a redirect).
 */
export async function answerPayment(session: ApiSession, orderId: string, choice: "pay" | "decline") {
  const { redirectUrl } = await session.client.payments.start.mutate({ orderId });
  const response = await session.submitForm(`${redirectUrl}/${choice}`);
  if (response.status !== 303) throw new Error(`the payment page answered ${response.status} to ${choice}`);
}

/** Staff: marks every paid order fulfilled but `keep`, so the dashboard's waiting list holds only what a test put there. */
export async function fulfilPaidOrders(staff: ApiClient, keep?: string) {
  for (;;) {
    const { items } = await staff.orders.adminList.query({ status: ["paid"], limit: 100 });
    const waiting = items.filter((order) => order.id !== keep);
    if (waiting.length === 0) return;
    for (const order of waiting) await staff.orders.markFulfilled.mutate({ orderId: order.id });
  }
}
