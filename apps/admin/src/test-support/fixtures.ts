import type { RouterOutputs } from "@petshop/client/react";
import type { UserRole } from "@petshop/db/constants";

// Objects as the API returns them, with unique ids per call.

type Me = NonNullable<RouterOutputs["users"]["me"]>;
type Account = RouterOutputs["users"]["list"]["items"][number];
type ApiToken = RouterOutputs["users"]["listApiTokens"][number];
type StaffAnimal = RouterOutputs["animals"]["byId"];
type ListedAnimal = RouterOutputs["animals"]["list"]["items"][number];
type StaffOrder = RouterOutputs["orders"]["adminById"];
type ListedOrder = RouterOutputs["orders"]["adminList"]["items"][number];
type OrderLine = StaffOrder["lines"][number];
type PaymentAttempt = StaffOrder["payments"]["attempts"][number];
type OrderRefund = StaffOrder["payments"]["refunds"][number];
type ProviderEvent = StaffOrder["payments"]["events"][number];

let sequence = 0;
/** Order numbers count up from here, as the database's identity column does. */
let orderNumber = 1000;
const nextId = () => {
  sequence += 1;
  return `00000000-0000-4000-8000-${String(sequence).padStart(12, "0")}`;
};

export function fakeMe(role: UserRole, overrides: Partial<Me> = {}): Me {
  return {
    id: nextId(),
    email: `${role}@example.com`,
    name: `Sam ${role}`,
    role,
    createdAt: "2026-11-01T12:00:00.000Z",
    ...overrides,
  };
}

export function fakeAccount(overrides: Partial<Account> = {}): Account {
  const id = nextId();
  return {
    id,
    email: `person-${id.slice(-4)}@example.com`,
    name: `Person ${id.slice(-4)}`,
    role: "customer",
    createdAt: "2026-11-10T12:00:00.000Z",
    updatedAt: "2026-11-10T12:00:00.000Z",
    disabledAt: null,
    ...overrides,
  };
}

/** The account list's view of the signed-in user, so their own row can be found. */
export function accountOf(me: Me): Account {
  return fakeAccount({ ...me, updatedAt: me.createdAt });
}

export function fakeToken(overrides: Partial<ApiToken> = {}): ApiToken {
  return {
    id: nextId(),
    name: "Nightly import",
    createdAt: "2026-11-01T12:00:00.000Z",
    expiresAt: "2099-01-30T12:00:00.000Z",
    lastUsedAt: null,
    ...overrides,
  };
}

/** A listing as staff load it (animals.byId): with status and version. */
export function fakeAnimal(overrides: Partial<StaffAnimal> = {}): StaffAnimal {
  const id = nextId();
  return {
    id,
    slug: `honey-${id.slice(-4)}`,
    name: "Honey",
    species: "dog",
    breed: "Golden Retriever",
    sex: "female",
    birthDate: "2026-08-30",
    description: "A gentle puppy who loves people.",
    priceMinor: 150000,
    currency: "EUR",
    stock: 1,
    images: [],
    status: "draft",
    version: 1,
    createdAt: "2026-11-20T10:00:00.000Z",
    updatedAt: "2026-11-20T10:00:00.000Z",
    ...overrides,
  };
}

/** The same listing as animals.list shows it: the shop card's columns and its status. */
export function listed(animal: StaffAnimal): ListedAnimal {
  const { description: _d, updatedAt: _u, version: _v, ...card } = animal;
  return card;
}

/** A line as the order keeps it: the name and unit price fixed at checkout. */
export function fakeOrderLine(overrides: Partial<OrderLine> = {}): OrderLine {
  const line = {
    animalId: nextId(),
    name: "Honey",
    unitPriceMinor: 150000,
    quantity: 1,
    slug: "honey",
    image: null,
    ...overrides,
  };
  return { lineTotalMinor: line.unitPriceMinor * line.quantity, ...line };
}

/**
 * An order as staff load it (orders.adminById): by default unpaid, for delivery, just placed, with
 * one line and the event that placed it, and no payment yet. Its total is its lines' unless given.
 */
export function fakeOrder(overrides: Partial<StaffOrder> = {}): StaffOrder {
  orderNumber += 1;
  const customer = overrides.customer ?? { id: nextId(), email: "ann@example.com", name: "Ann Buyer" };
  const lines = overrides.lines ?? [fakeOrderLine()];
  const createdAt = overrides.createdAt ?? "2026-11-21T10:00:00.000Z";
  return {
    id: nextId(),
    number: String(orderNumber),
    status: "pending_payment",
    totalMinor: lines.reduce((sum, line) => sum + line.lineTotalMinor, 0),
    currency: "EUR",
    fulfilment: "delivery",
    createdAt,
    expiresAt: "2099-11-21T10:30:00.000Z",
    contactName: customer.name,
    contactEmail: customer.email,
    contactPhone: "+353 1 555 0100",
    deliveryAddress: { line1: "1 Harbour Road", postalCode: "A96 X2Y3", city: "Howth", country: "IE" },
    note: null,
    lines,
    customer,
    events: [
      {
        id: String(orderNumber * 10),
        kind: "status",
        fromStatus: null,
        toStatus: "pending_payment",
        actorKind: "customer",
        actorName: customer.name,
        reason: "Order placed",
        createdAt,
      },
    ],
    attention: null,
    payments: { attempts: [], refunds: [], events: [] },
    ...overrides,
  };
}

/** An attempt to pay at the local provider, by default paid: €1,500.00 and nothing refunded. */
export function fakePaymentAttempt(overrides: Partial<PaymentAttempt> = {}): PaymentAttempt {
  const id = nextId();
  return {
    id,
    provider: "local",
    providerSessionId: `local_cs_${id.slice(-4)}`,
    providerPaymentId: `local_pi_${id.slice(-4)}`,
    status: "succeeded",
    amountMinor: 150000,
    currency: "EUR",
    refundedMinor: 0,
    createdAt: "2026-11-21T10:05:00.000Z",
    updatedAt: "2026-11-21T10:06:00.000Z",
    ...overrides,
  };
}

/** A staff refund of `paymentId`, still on its way to the provider. */
export function fakeRefund(paymentId: string, overrides: Partial<OrderRefund> = {}): OrderRefund {
  return {
    id: nextId(),
    paymentId,
    amountMinor: 5000,
    reason: "Vet bill",
    restock: false,
    status: "pending",
    actorName: "Sam staff",
    createdAt: "2026-11-21T11:00:00.000Z",
    ...overrides,
  };
}

/** A provider event as stored (its id is the database's bigint, as a string). */
export function fakeProviderEvent(overrides: Partial<ProviderEvent> = {}): ProviderEvent {
  sequence += 1;
  return {
    id: String(sequence),
    provider: "local",
    providerEventId: `evt_${sequence}`,
    type: "checkout.completed",
    outcome: "applied",
    receivedAt: "2026-11-21T10:06:00.000Z",
    ...overrides,
  };
}

/**
 * A paid order: one paid attempt for its total and the event that said so, with the refunds
 * `refundsOf` makes of that attempt. `status` may be anything a payment allows (paid, fulfilled…).
 */
export function fakePaidOrder(
  overrides: Partial<StaffOrder> = {},
  refundsOf: (attempt: PaymentAttempt) => OrderRefund[] = () => [],
): StaffOrder {
  const order = fakeOrder({ status: "paid", expiresAt: null, ...overrides });
  const attempt = fakePaymentAttempt({ amountMinor: order.totalMinor, currency: order.currency });
  return {
    ...order,
    payments: {
      attempts: [attempt],
      refunds: refundsOf(attempt),
      events: [fakeProviderEvent({ providerEventId: `evt_paid_${order.number}` })],
    },
  };
}

/** The same order as a row of orders.adminList. */
export function listedOrder(order: StaffOrder): ListedOrder {
  return {
    id: order.id,
    number: order.number,
    status: order.status,
    totalMinor: order.totalMinor,
    currency: order.currency,
    fulfilment: order.fulfilment,
    createdAt: order.createdAt,
    expiresAt: order.expiresAt,
    itemCount: order.lines.reduce((sum, line) => sum + line.quantity, 0),
    customerEmail: order.customer.email,
    customerName: order.customer.name,
    contactEmail: order.contactEmail,
  };
}

type LowStockAnimal = RouterOutputs["reports"]["lowStock"]["items"][number];
type AttentionOrder = RouterOutputs["reports"]["attention"]["flagged"]["items"][number];

/** A listing on sale as reports.lowStock lists it: by default one puppy left. */
export function fakeLowStockAnimal(overrides: Partial<LowStockAnimal> = {}): LowStockAnimal {
  const id = nextId();
  return {
    id,
    slug: `honey-${id.slice(-4)}`,
    name: "Honey",
    species: "dog",
    status: "active",
    stock: 1,
    priceMinor: 150000,
    currency: "EUR",
    ...overrides,
  };
}

/** An order as reports.attention lists it: by default paid an hour ago and waiting to be fulfilled. */
export function fakeAttentionOrder(overrides: Partial<AttentionOrder> = {}): AttentionOrder {
  orderNumber += 1;
  return {
    orderId: nextId(),
    number: String(orderNumber),
    status: "paid",
    contactEmail: "ann@example.com",
    totalMinor: 150000,
    currency: "EUR",
    createdAt: "2026-11-21T10:00:00.000Z",
    attention: null,
    expiresAt: null,
    paidAt: "2026-11-21T11:00:00.000Z",
    ...overrides,
  };
}
