import type { AnimalStatus, Database, OrderActorKind, OrderStatus, Species } from "@petshop/db";
import type { Insertable } from "kysely";
import { random } from "./random";

// Two years of made-up orders, planned in memory: the same inputs always give the same rows (a
// seeded generator; ids come from it too). Each order is a customer's checkout with its lines and
// the history its status implies: payments, provider events, refunds and order events stamped in
// the order they would have happened. Most are paid and fulfilled; some refunded in full or in
// part; some expired or cancelled unpaid; one in 200 paid late after expiring, one in 500 paid too
// late and refunded automatically (flagged for staff); the newest few still await payment.

export interface SeedAnimal {
  id: string;
  name: string;
  species: Species;
  priceMinor: number;
  currency: string;
  status: AnimalStatus;
  stock: number;
}

export interface SeedCustomer {
  id: string;
  email: string;
  name: string;
}

/** One order and every row that comes with it. */
export interface PlannedOrder {
  order: Insertable<Database["orders"]> & { id: string };
  lines: Insertable<Database["orderLines"]>[];
  events: Insertable<Database["orderEvents"]>[];
  payments: Insertable<Database["payments"]>[];
  paymentEvents: Insertable<Database["paymentEvents"]>[];
  refunds: Insertable<Database["refunds"]>[];
}

export interface OrderHistoryOptions {
  /** Listings to order from (not drafts), all in one currency. */
  animals: readonly SeedAnimal[];
  customers: readonly SeedCustomer[];
  count: number;
  /** The moment the history runs up to, in ms. */
  now: number;
}

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const HOLD = 30 * MINUTE;
/** Orders spread over two years, ending three hours ago so every unpaid hold has ended. */
const SPAN = 730 * DAY;
const QUIET = 3 * 60 * MINUTE;
const AUTO_REFUND_REASON =
  "Paid after the hold ended, when the animals were no longer available; refunded automatically.";

const iso = (ms: number) => new Date(Math.round(ms)).toISOString();

/** A version-4-shaped UUID from the generator, so ids repeat with the seed. */
function uuidFrom(next: () => number): string {
  const hex = Array.from({ length: 4 }, () =>
    Math.floor(next() * 2 ** 32)
      .toString(16)
      .padStart(8, "0"),
  ).join("");
  const variant = ((Number.parseInt(hex[16] ?? "0", 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

type Fate = "pending" | "expired" | "cancelled" | "paid" | "late" | "flagged";

/** Builds one order's rows, event by event, keeping the status and times consistent. */
class OrderBuilder {
  readonly planned: PlannedOrder;
  private status: OrderStatus = "pending_payment";
  private lastAt: number;
  private refunded = 0;

  constructor(
    order: PlannedOrder["order"],
    lines: PlannedOrder["lines"],
    customerId: string,
    private readonly createdAt: number,
  ) {
    this.planned = { order, lines, events: [], payments: [], paymentEvents: [], refunds: [] };
    this.lastAt = createdAt;
    this.event(null, "pending_payment", createdAt, "customer", customerId, "Order placed");
  }

  private event(
    from: OrderStatus | null,
    to: OrderStatus,
    at: number,
    actorKind: OrderActorKind,
    actorId: string | null,
    reason: string,
  ) {
    const { id: orderId } = this.planned.order;
    this.planned.events.push({
      orderId,
      kind: "status",
      fromStatus: from,
      toStatus: to,
      actorKind,
      actorId,
      reason,
      createdAt: iso(at),
    });
    this.status = to;
    this.lastAt = at;
  }

  move(
    to: OrderStatus,
    at: number,
    actorKind: OrderActorKind,
    reason: string,
    actorId: string | null = null,
  ) {
    this.event(this.status, to, at, actorKind, actorId, reason);
  }

  /** A payment attempt at the local provider; a paid one comes with the provider's event. */
  payment(
    id: string,
    openedAt: number,
    paid: { at: number; outcome: "applied" | "late-reserved" | "refunding" } | null,
  ) {
    const { order } = this.planned;
    const paidAt = paid?.at ?? null;
    this.planned.payments.push({
      id,
      orderId: order.id,
      provider: "local",
      providerSessionId: id,
      redirectUrl: `/pay/local/${id}`,
      amountMinor: order.totalMinor,
      currency: order.currency,
      status: paidAt === null ? "expired" : "succeeded",
      expiresAt: iso(this.createdAt + HOLD),
      createdAt: iso(openedAt),
      updatedAt: iso(paidAt ?? openedAt + HOLD),
    });
    if (paid) {
      this.planned.paymentEvents.push({
        provider: "local",
        providerEventId: `seed_${id}`,
        type: "checkout.completed",
        paymentId: id,
        outcome: paid.outcome,
        payload: JSON.stringify({ seeded: true, sessionId: id }),
        receivedAt: iso(paid.at),
      });
    }
  }

  /** A refund that went through, against the order's last payment. */
  refund(id: string, amountMinor: number, at: number, reason: string) {
    const payment = this.planned.payments.at(-1);
    if (!payment?.id) return;
    this.refunded += amountMinor;
    payment.refundedMinor = this.refunded;
    payment.updatedAt = iso(at);
    this.planned.refunds.push({
      id,
      paymentId: payment.id,
      providerRefundId: `local_${id}`,
      amountMinor,
      reason,
      restock: false,
      status: "succeeded",
      actorId: null,
      noticeMailedAt: iso(at + 10_000),
      createdAt: iso(at),
    });
    this.lastAt = Math.max(this.lastAt, at);
  }

  finish(attention: string | null, paidAt: number | null, expiresAt: number | null): PlannedOrder {
    Object.assign(this.planned.order, {
      status: this.status,
      attention,
      receiptMailedAt: paidAt === null ? null : iso(paidAt + 10_000),
      expiresAt: expiresAt === null ? null : iso(expiresAt),
      updatedAt: iso(this.lastAt),
    });
    return this.planned;
  }
}

/** The orders, oldest first; numbers are given by the database in this order. */
export function* planOrderHistory(options: OrderHistoryOptions): Generator<PlannedOrder> {
  const { animals, customers, count, now } = options;
  const next = random(20261130);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const between = (low: number, high: number) => low + next() * (high - low);
  // Only orders still awaiting payment hold units, so only they need stock now.
  const onHand = new Map(animals.filter((a) => a.status === "active").map((a) => [a.id, a.stock]));
  const pendingCount = Math.min(count, Math.max(1, Math.round(count / 20_000)));
  const historyCount = count - pendingCount;
  const start = now - SPAN;
  const slot = (SPAN - QUIET) / Math.max(1, historyCount);

  for (let i = 0; i < count; i++) {
    const pending = i >= historyCount;
    const createdAt = pending
      ? now - 25 * MINUTE + (i - historyCount) * ((20 * MINUTE) / pendingCount)
      : start + (i + next()) * slot;
    const fate: Fate = pending
      ? "pending"
      : i % 500 === 150
        ? "flagged"
        : i % 200 === 50
          ? "late"
          : ((roll) => (roll < 0.07 ? "expired" : roll < 0.1 ? "cancelled" : "paid"))(next());

    const customer = pick(customers);
    const orderId = uuidFrom(next);
    const sizeRoll = next();
    const wanted = sizeRoll < 0.7 ? 1 : sizeRoll < 0.92 ? 2 : 3;
    const chosen = new Map<string, SeedAnimal>();
    for (let tries = 0; chosen.size < wanted && tries < 10; tries++) {
      const animal = pick(animals);
      if (pending && (onHand.get(animal.id) ?? 0) < 1) continue;
      chosen.set(animal.id, animal);
    }
    const lines = [...chosen.values()].map((animal) => {
      const most = animal.species === "fish" ? 6 : animal.species === "bird" ? 2 : 1;
      const quantity = pending
        ? Math.min(onHand.get(animal.id) ?? 1, 1 + Math.floor(next() * most))
        : 1 + Math.floor(next() * most);
      if (pending) onHand.set(animal.id, (onHand.get(animal.id) ?? 0) - quantity);
      return { orderId, animalId: animal.id, name: animal.name, unitPriceMinor: animal.priceMinor, quantity };
    });
    if (lines.length === 0) continue;
    const totalMinor = lines.reduce((sum, line) => sum + line.unitPriceMinor * line.quantity, 0);
    const delivery = next() < 0.3;
    const order: PlannedOrder["order"] = {
      id: orderId,
      userId: customer.id,
      status: "pending_payment",
      currency: chosen.values().next().value?.currency ?? "EUR",
      totalMinor,
      contactName: customer.name,
      contactEmail: customer.email,
      fulfilment: delivery ? "delivery" : "pickup",
      deliveryAddress: delivery
        ? JSON.stringify({
            line1: `${1 + (i % 97)} Main Street`,
            postalCode: "D02 X285",
            city: "Dublin",
            country: "IE",
          })
        : null,
      idempotencyKey: `seed-history-${i}`,
      confirmationMailedAt: iso(createdAt + 5_000),
      createdAt: iso(createdAt),
    };
    const o = new OrderBuilder(order, lines, customer.id, createdAt);
    const paymentId = uuidFrom(next);

    if (fate === "pending") {
      yield o.finish(null, null, createdAt + HOLD);
      continue;
    }
    if (fate === "cancelled") {
      o.move("cancelled", createdAt + between(1, 25) * MINUTE, "customer", "Changed my mind", customer.id);
      yield o.finish(null, null, null);
      continue;
    }
    if (fate === "expired") {
      if (next() < 0.5) o.payment(paymentId, createdAt + MINUTE, null);
      o.move("expired", createdAt + HOLD, "system", "Hold ended unpaid");
      yield o.finish(null, null, null);
      continue;
    }
    if (fate === "flagged") {
      const paidAt = createdAt + HOLD + between(10, 90) * MINUTE;
      o.move("expired", createdAt + HOLD, "system", "Hold ended unpaid");
      o.payment(paymentId, createdAt + MINUTE, { at: paidAt, outcome: "refunding" });
      o.refund(uuidFrom(next), totalMinor, paidAt, AUTO_REFUND_REASON);
      yield o.finish(AUTO_REFUND_REASON, null, null);
      continue;
    }

    // Paid: at once, or (late) after the hold ended while the animals were still there.
    let paidAt: number;
    if (fate === "late") {
      paidAt = createdAt + HOLD + between(10, 90) * MINUTE;
      o.move("expired", createdAt + HOLD, "system", "Hold ended unpaid");
      o.payment(paymentId, createdAt + MINUTE, { at: paidAt, outcome: "late-reserved" });
      o.move("paid", paidAt, "system", "Payment received");
    } else {
      paidAt = createdAt + between(1, 20) * MINUTE;
      o.payment(paymentId, createdAt + 30_000, { at: paidAt, outcome: "applied" });
      o.move("paid", paidAt, "system", "Payment received");
    }
    const fulfilAt = paidAt + between(0.5, 5) * DAY;
    const refundRoll = next();
    const refundAt = paidAt + between(1, 20) * DAY;
    const refundId = uuidFrom(next);
    const fullRefund = refundRoll < 0.03 && refundAt < now;
    if (fulfilAt < now && !(fullRefund && refundAt < fulfilAt)) {
      o.move("fulfilled", fulfilAt, "staff", delivery ? "Delivered" : "Collected at the shop");
    }
    if (fullRefund) {
      o.refund(refundId, totalMinor, refundAt, "Returned within the trial period");
      o.move("refunded", refundAt, "staff", "Returned within the trial period");
    } else if (refundRoll < 0.06 && refundAt < now && totalMinor >= 2) {
      const part = Math.min(totalMinor - 1, Math.max(1, Math.round(totalMinor * between(0.1, 0.5))));
      o.refund(refundId, part, refundAt, "Partial refund: goodwill");
    }
    yield o.finish(null, paidAt, null);
  }
}
