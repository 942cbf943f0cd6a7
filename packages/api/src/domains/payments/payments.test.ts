import { createTestDatabase, type TestDatabase } from "@petshop/migrations/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerWith, insertAnimal, signedInActor, type TestDeps, testDeps } from "../../test-support/context";
import { placeOrder } from "../../test-support/orders";
import { changeOrderStatus, SYSTEM_ACTOR } from "../orders/order-status";
import { applyPaymentEvent } from "./payment-events";
import { mailPaymentReceipt, mailRefundNotice } from "./payment-mail";
import { sendRefundToProvider } from "./refunds";

// Payments on the local provider, which produces the same events as Stripe's webhook: starting a
// payment, the events acting exactly once whatever their order, late payments, and refunds.

let testDb: TestDatabase;
let deps: TestDeps;

beforeAll(async () => {
  testDb = await createTestDatabase();
  deps = testDeps(testDb.db);
});
afterAll(() => testDb?.destroy());

const stockOf = async (id: string) =>
  (await testDb.db.selectFrom("animals").select("stock").where("id", "=", id).executeTakeFirstOrThrow())
    .stock;
const orderStatus = async (id: string) =>
  await testDb.db
    .selectFrom("orders")
    .select(["status", "attention"])
    .where("id", "=", id)
    .executeTakeFirstOrThrow();

/** A customer's order awaiting payment, and the local attempt they opened to pay it. */
async function orderWithAttempt(stock = 3, priceMinor = 25_000) {
  const animal = await insertAnimal(testDb.db, { stock, priceMinor });
  const customer = await signedInActor(deps, "customer");
  const order = await placeOrder(deps, customer, [{ animalId: animal.id }]);
  const { caller } = await callerWith(deps, { cookie: customer.cookie });
  const { redirectUrl } = await caller.payments.start({ orderId: order.id });
  const payment = await testDb.db
    .selectFrom("payments")
    .selectAll()
    .where("orderId", "=", order.id)
    .executeTakeFirstOrThrow();
  return { animal, customer, caller, order, redirectUrl, payment };
}

const completed = (
  payment: { id: string; amountMinor: number; currency: string },
  eventId = `evt-${payment.id}`,
) =>
  ({
    type: "checkout.completed",
    eventId,
    sessionId: payment.id,
    paymentIntentId: null,
    paid: true,
    amountMinor: payment.amountMinor,
    currency: payment.currency,
  }) as const;

describe("payments.start", () => {
  it("opens a local attempt for the order's own total, and reuses it", async () => {
    const { caller, order, redirectUrl, payment } = await orderWithAttempt();
    expect(redirectUrl).toBe(`http://shop.test/pay/local/${payment.id}`);
    expect(payment).toMatchObject({
      provider: "local",
      status: "open",
      amountMinor: order.totalMinor,
      currency: "EUR",
    });
    expect(await caller.payments.start({ orderId: order.id })).toEqual({ redirectUrl });
    expect(await caller.payments.status({ orderId: order.id })).toMatchObject({
      orderStatus: "pending_payment",
      payment: { status: "open", amountMinor: order.totalMinor },
    });
  });

  it("refuses an order not awaiting payment, and another customer's order", async () => {
    const { caller, order } = await orderWithAttempt();
    await caller.orders.cancel({ orderId: order.id });
    await expect(caller.payments.start({ orderId: order.id })).rejects.toMatchObject({ code: "CONFLICT" });
    const stranger = await signedInActor(deps, "customer");
    const { caller: theirs } = await callerWith(deps, { cookie: stranger.cookie });
    await expect(theirs.payments.start({ orderId: order.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("payment events", () => {
  it("make the order paid exactly once, however often and in whatever order they arrive", async () => {
    const { order, payment } = await orderWithAttempt();
    const event = completed(payment);
    const expired = {
      type: "checkout.expired",
      eventId: `exp-${payment.id}`,
      sessionId: payment.id,
    } as const;

    const outcomes = await Promise.all([
      ...Array.from({ length: 5 }, () => applyPaymentEvent(testDb.db, deps.jobs, "local", event, event)),
      applyPaymentEvent(testDb.db, deps.jobs, "local", expired, expired),
    ]);

    expect(outcomes.filter((o) => o === "applied")).toHaveLength(1);
    expect(outcomes.filter((o) => o === "duplicate")).toHaveLength(4);
    // The expiry arrives after the payment (or is refused by the state machine either way).
    expect(["ignored", "applied"]).toContain(outcomes[5]);
    expect((await orderStatus(order.id)).status).toBe("paid");
    const paidEvents = await testDb.db
      .selectFrom("orderEvents")
      .select("id")
      .where("orderId", "=", order.id)
      .where("toStatus", "=", "paid")
      .execute();
    expect(paidEvents).toHaveLength(1);
    expect(
      deps.jobs.sent.filter((j) => j.name === "payment-receipt" && j.payload.orderId === order.id),
    ).toHaveLength(1);
    const stored = await testDb.db
      .selectFrom("paymentEvents")
      .select("outcome")
      .where("paymentId", "=", payment.id)
      .execute();
    expect(stored.map((e) => e.outcome).sort()).toEqual(["applied", "ignored"]);
  });

  it("refuses an event whose amount or currency differ, and changes nothing", async () => {
    const { order, payment } = await orderWithAttempt();
    const wrongAmount = {
      ...completed(payment, `evt-a-${payment.id}`),
      amountMinor: payment.amountMinor - 1,
    };
    const wrongCurrency = { ...completed(payment, `evt-c-${payment.id}`), currency: "USD" };
    expect(await applyPaymentEvent(testDb.db, deps.jobs, "local", wrongAmount, wrongAmount)).toBe("refused");
    expect(await applyPaymentEvent(testDb.db, deps.jobs, "local", wrongCurrency, wrongCurrency)).toBe(
      "refused",
    );
    expect((await orderStatus(order.id)).status).toBe("pending_payment");
  });

  it("leaves a declined order awaiting payment, to expire in its time", async () => {
    const { order, payment, caller } = await orderWithAttempt();
    const declined = {
      type: "checkout.async_payment_failed",
      eventId: `dec-${payment.id}`,
      sessionId: payment.id,
    } as const;
    expect(await applyPaymentEvent(testDb.db, deps.jobs, "local", declined, declined)).toBe("applied");
    expect(await caller.payments.status({ orderId: order.id })).toMatchObject({
      orderStatus: "pending_payment",
      payment: { status: "failed" },
    });
  });

  it("takes the units again for a payment after the hold ended, when they are still there", async () => {
    const { order, payment, animal } = await orderWithAttempt(3);
    await changeOrderStatus(testDb.db, order.id, "expired", SYSTEM_ACTOR, "Not paid in time");
    expect(await stockOf(animal.id)).toBe(3);
    expect(await applyPaymentEvent(testDb.db, deps.jobs, "local", completed(payment), {})).toBe(
      "late-reserved",
    );
    expect((await orderStatus(order.id)).status).toBe("paid");
    expect(await stockOf(animal.id)).toBe(2);
  });

  it("refunds a late payment automatically and flags the order when the units were sold", async () => {
    const { order, payment, animal } = await orderWithAttempt(1);
    await changeOrderStatus(testDb.db, order.id, "expired", SYSTEM_ACTOR, "Not paid in time");
    await testDb.db.updateTable("animals").set({ stock: 0 }).where("id", "=", animal.id).execute();

    expect(await applyPaymentEvent(testDb.db, deps.jobs, "local", completed(payment), {})).toBe("refunding");
    const after = await orderStatus(order.id);
    expect(after.status).toBe("expired");
    expect(after.attention).toMatch(/refunded automatically/);
    const refund = await testDb.db
      .selectFrom("refunds")
      .selectAll()
      .where("paymentId", "=", payment.id)
      .executeTakeFirstOrThrow();
    expect(refund).toMatchObject({ amountMinor: payment.amountMinor, status: "pending", restock: false });
    expect(deps.jobs.sent).toContainEqual({ name: "payment-refund", payload: { refundId: refund.id } });

    expect(await sendRefundToProvider(testDb.db, deps.payments, deps.jobs, refund.id)).toBe("sent");
    expect(await sendRefundToProvider(testDb.db, deps.payments, deps.jobs, refund.id)).toBe("already-sent");
    const settled = await testDb.db
      .selectFrom("payments")
      .select("refundedMinor")
      .where("id", "=", payment.id)
      .executeTakeFirstOrThrow();
    expect(settled.refundedMinor).toBe(payment.amountMinor);
  });
});

describe("payments.refund", () => {
  async function paidOrder(stock = 3) {
    const setup = await orderWithAttempt(stock, 10_000);
    await applyPaymentEvent(testDb.db, deps.jobs, "local", completed(setup.payment), {});
    const staff = await signedInActor(deps, "staff");
    return { ...setup, staff: (await callerWith(deps, { cookie: staff.cookie })).caller };
  }

  it("refunds part, then the rest, never more than was captured", async () => {
    const { order, payment, staff, animal } = await paidOrder();
    await expect(
      staff.payments.refund({ orderId: order.id, amountMinor: 10_001, reason: "Too much" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(
      staff.payments.refund({ orderId: order.id, amountMinor: 4_000, reason: "Partial", restock: true }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });

    const part = await staff.payments.refund({ orderId: order.id, amountMinor: 4_000, reason: "Vet bill" });
    await sendRefundToProvider(testDb.db, deps.payments, deps.jobs, part.refundId);
    expect((await orderStatus(order.id)).status).toBe("paid");
    await expect(
      staff.payments.refund({ orderId: order.id, amountMinor: 6_001, reason: "Too much" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });

    const rest = await staff.payments.refund({ orderId: order.id, reason: "Returned", restock: true });
    await sendRefundToProvider(testDb.db, deps.payments, deps.jobs, rest.refundId);
    expect((await orderStatus(order.id)).status).toBe("refunded");
    expect(await stockOf(animal.id)).toBe(3);
    const settled = await testDb.db
      .selectFrom("payments")
      .select("refundedMinor")
      .where("id", "=", payment.id)
      .executeTakeFirstOrThrow();
    expect(settled.refundedMinor).toBe(10_000);
    await expect(staff.payments.refund({ orderId: order.id, reason: "Again" })).rejects.toMatchObject({
      code: "CONFLICT",
    });
  });

  it("mails the receipt and each refund's notice once, however often their jobs run", async () => {
    const { order, staff, customer } = await paidOrder();
    expect(await mailPaymentReceipt(deps, order.id)).toBe("sent");
    expect(await mailPaymentReceipt(deps, order.id)).toBe("already-sent");
    const { refundId } = await staff.payments.refund({ orderId: order.id, reason: "Sorry" });
    await sendRefundToProvider(testDb.db, deps.payments, deps.jobs, refundId);
    expect(deps.jobs.sent).toContainEqual({ name: "refund-notice", payload: { refundId } });
    expect(await mailRefundNotice(deps, refundId)).toBe("sent");
    expect(await mailRefundNotice(deps, refundId)).toBe("already-sent");
    await deps.mailer.settled();
    const subjects = (
      await testDb.db
        .selectFrom("mailOutbox")
        .select("subject")
        .where("toAddress", "=", customer.email)
        .execute()
    ).map((m) => m.subject);
    expect(subjects.filter((s) => s.startsWith("Receipt"))).toHaveLength(1);
    expect(subjects.filter((s) => s.startsWith("Refund"))).toHaveLength(1);
  });

  it("keeps the animals sold when a full refund does not restock", async () => {
    const { order, staff, animal } = await paidOrder(2);
    await staff.payments.refund({ orderId: order.id, reason: "Goodwill" });
    expect((await orderStatus(order.id)).status).toBe("refunded");
    expect(await stockOf(animal.id)).toBe(1);
  });

  it("refuses an unpaid order and bad input, changing nothing", async () => {
    const { order } = await orderWithAttempt();
    const staff = (await callerWith(deps, { cookie: (await signedInActor(deps, "staff")).cookie })).caller;
    await expect(staff.payments.refund({ orderId: order.id, reason: "No" })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    await expect(
      staff.payments.refund({ orderId: order.id, amountMinor: -5, reason: "No" }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    await expect(staff.payments.refund({ orderId: order.id, reason: " " })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    const refunds = await testDb.db
      .selectFrom("refunds")
      .innerJoin("payments", "payments.id", "refunds.paymentId")
      .select("refunds.id")
      .where("payments.orderId", "=", order.id)
      .execute();
    expect(refunds).toEqual([]);
  });
});
