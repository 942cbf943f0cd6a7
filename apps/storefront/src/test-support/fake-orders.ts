import type { RouterOutputs } from "@petshop/client/react";

// Orders as `orders.byId` (and checkout, cancel) and `orders.list` return them, and their payment.

type Order = RouterOutputs["orders"]["byId"];
type Payment = NonNullable<Order["payment"]>;
type OrderSummary = RouterOutputs["orders"]["list"]["items"][number];

let sequence = 0;

const orderId = (n: number) => `00000000-0000-4000-8000-0${String(n).padStart(11, "0")}`;

/** A pickup order for one puppy, awaiting payment and held for half an hour; "Pay" not yet pressed. */
export function fakeOrder(overrides: Partial<Order> = {}): Order {
  sequence += 1;
  return {
    id: orderId(sequence),
    number: String(1000 + sequence),
    status: "pending_payment",
    totalMinor: 95000,
    currency: "EUR",
    fulfilment: "pickup",
    createdAt: "2026-11-21T10:00:00.000Z",
    expiresAt: "2026-11-21T10:30:00.000Z",
    contactName: "Ann Murphy",
    contactEmail: "ann@example.com",
    contactPhone: null,
    deliveryAddress: null,
    note: null,
    lines: [
      {
        animalId: "00000000-0000-4000-8000-000000000b01",
        name: "Biscuit",
        unitPriceMinor: 95000,
        quantity: 1,
        slug: "biscuit",
        image: { url: "/images/animals/dog-golden.svg", alt: "A golden puppy" },
        lineTotalMinor: 95000,
      },
    ],
    payment: null,
    ...overrides,
  };
}

/** One row of the order history. */
export function fakeOrderSummary(overrides: Partial<OrderSummary> = {}): OrderSummary {
  sequence += 1;
  return {
    id: orderId(sequence),
    number: String(1000 + sequence),
    status: "pending_payment",
    totalMinor: 95000,
    currency: "EUR",
    fulfilment: "pickup",
    createdAt: "2026-11-21T10:00:00.000Z",
    expiresAt: "2026-11-21T10:30:00.000Z",
    itemCount: 1,
    ...overrides,
  };
}

/** The latest attempt to pay a €950 order: open at the local provider, nothing refunded. */
export function fakePayment(overrides: Partial<Payment> = {}): Payment {
  return {
    status: "open",
    provider: "local",
    amountMinor: 95000,
    currency: "EUR",
    refundedMinor: 0,
    updatedAt: "2026-11-21T10:05:00.000Z",
    ...overrides,
  };
}
