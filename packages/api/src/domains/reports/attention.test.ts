import { createTestDatabase, type TestDatabase } from "@petshop/migrations/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  callerWith,
  insertAnimal,
  signedInActor,
  type TestActor,
  type TestDeps,
  testDeps,
} from "../../test-support/context";
import { completePayment, openPayment, payOrder, placeOrder } from "../../test-support/orders";
import { changeOrderStatus, SYSTEM_ACTOR } from "../orders/order-status";

// reports.attention: flagged orders (newest first), unpaid orders whose hold ends soon by the
// context's clock (soonest first), and paid orders awaiting fulfilment (longest waiting first),
// each with its exact count and at most `limit` items.

let testDb: TestDatabase;
let deps: TestDeps;
let staff: TestActor;
let customer: TestActor;

const NOW = "2026-11-21T12:00:00.000Z";
const minutesFromNow = (minutes: number) => new Date(Date.parse(NOW) + minutes * 60_000).toISOString();

async function newOrder() {
  const animal = await insertAnimal(testDb.db, { stock: 1, priceMinor: 25_000 });
  return (await placeOrder(deps, customer, [{ animalId: animal.id }])).id;
}

const at = (orderId: string, createdAt: string) =>
  testDb.db.updateTable("orders").set({ createdAt }).where("id", "=", orderId).execute();

const ids: Record<string, string> = {};

beforeAll(async () => {
  testDb = await createTestDatabase();
  deps = testDeps(testDb.db);
  deps.clock.set(NOW);
  staff = await signedInActor(deps, "staff");
  customer = await signedInActor(deps, "customer");

  // Flagged: one for real (paid after its animal was sold to someone else), two by hand.
  const gone = await newOrder();
  const payment = await openPayment(deps, customer, gone);
  await changeOrderStatus(testDb.db, gone, "expired", SYSTEM_ACTOR, "Hold ended");
  const animalId = (
    await testDb.db
      .selectFrom("orderLines")
      .select("animalId")
      .where("orderId", "=", gone)
      .executeTakeFirstOrThrow()
  ).animalId;
  await placeOrder(deps, await signedInActor(deps, "customer", "rival"), [{ animalId }]);
  expect(await completePayment(deps, payment)).toBe("refunding");
  ids.flaggedReal = gone;
  await at(gone, minutesFromNow(-60));
  for (const [key, minutes] of [
    ["flaggedOld", -600],
    ["flaggedNew", -5],
  ] as const) {
    ids[key] = await newOrder();
    await payOrder(deps, customer, ids[key] ?? "");
    await testDb.db
      .updateTable("orders")
      .set({ attention: "A refund failed at the payment provider; the money has not been returned." })
      .where("id", "=", ids[key] ?? "")
      .execute();
    await at(ids[key] ?? "", minutesFromNow(minutes));
  }

  // Unpaid, with holds ending around now (placed orders hold from the database's own clock, so
  // the ends are set here relative to the test's clock).
  for (const [key, minutes] of [
    ["overdue", -1],
    ["inTwo", 2],
    ["inNine", 9],
    ["inEleven", 11],
  ] as const) {
    ids[key] = await newOrder();
    await testDb.db
      .updateTable("orders")
      .set({ expiresAt: minutesFromNow(minutes) })
      .where("id", "=", ids[key] ?? "")
      .execute();
  }
  // Cancelled orders hold nothing, whatever their end was.
  const cancelled = await newOrder();
  await changeOrderStatus(testDb.db, cancelled, "cancelled", SYSTEM_ACTOR, "Test");

  // Paid and waiting, paid at different moments; a fulfilled one is done.
  for (const [key, days] of [
    ["paidThreeDaysAgo", -3],
    ["paidYesterday", -1],
    ["paidFiveDaysAgo", -5],
    ["fulfilled", -7],
  ] as const) {
    ids[key] = await newOrder();
    await payOrder(deps, customer, ids[key] ?? "");
    await testDb.db
      .updateTable("orderEvents")
      .set({ createdAt: minutesFromNow(days * 24 * 60) })
      .where("orderId", "=", ids[key] ?? "")
      .where("toStatus", "=", "paid")
      .execute();
  }
  await (await callerWith(deps, { cookie: staff.cookie })).caller.orders.markFulfilled({
    orderId: ids.fulfilled ?? "",
  });
}, 120_000);
afterAll(() => testDb?.destroy());

const attention = async (input: { limit?: number; expiringWithinMinutes?: number }) =>
  (await callerWith(deps, { cookie: staff.cookie })).caller.reports.attention(input);

const idsOf = (list: { items: { orderId: string }[] }) => list.items.map((item) => item.orderId);

describe("reports.attention", () => {
  it("lists each kind of order in its order, with exact counts", async () => {
    const result = await attention({});
    expect(result.flagged.count).toBe(3);
    expect(idsOf(result.flagged)).toEqual([ids.flaggedNew, ids.flaggedReal, ids.flaggedOld]);
    // Within 10 minutes, the overdue one the expiry job has not reached first; not the one in 11.
    expect(result.expiringSoon.count).toBe(3);
    expect(idsOf(result.expiringSoon)).toEqual([ids.overdue, ids.inTwo, ids.inNine]);
    // The flagged orders paid by hand are paid too, and waiting.
    expect(result.awaitingFulfilment.count).toBe(5);
    expect(idsOf(result.awaitingFulfilment).slice(0, 3)).toEqual([
      ids.paidFiveDaysAgo,
      ids.paidThreeDaysAgo,
      ids.paidYesterday,
    ]);
  });

  it("keeps counts exact when the lists are cut to the limit", async () => {
    const result = await attention({ limit: 1, expiringWithinMinutes: 15 });
    expect(result.flagged).toMatchObject({ count: 3, items: [{ orderId: ids.flaggedNew }] });
    expect(result.expiringSoon).toMatchObject({ count: 4, items: [{ orderId: ids.overdue }] });
    expect(result.awaitingFulfilment).toMatchObject({ count: 5, items: [{ orderId: ids.paidFiveDaysAgo }] });
  });

  it("follows the context's clock", async () => {
    deps.clock.set(minutesFromNow(-30));
    try {
      expect((await attention({})).expiringSoon.count).toBe(0);
    } finally {
      deps.clock.set(NOW);
    }
  });

  it("shows what staff need about each order", async () => {
    const result = await attention({});
    const order = await testDb.db
      .selectFrom("orders")
      .selectAll()
      .where("id", "=", ids.paidFiveDaysAgo ?? "")
      .executeTakeFirstOrThrow();
    expect(result.awaitingFulfilment.items[0]).toEqual({
      orderId: order.id,
      number: order.number,
      status: "paid",
      contactEmail: customer.email,
      totalMinor: 25_000,
      currency: "EUR",
      createdAt: order.createdAt,
      attention: null,
      expiresAt: null,
      paidAt: minutesFromNow(-5 * 24 * 60),
    });
    expect(result.flagged.items.find((o) => o.orderId === ids.flaggedReal)).toMatchObject({
      status: "expired",
      attention: expect.stringContaining("refunded automatically"),
      paidAt: null,
    });
    expect(result.expiringSoon.items[1]).toMatchObject({
      status: "pending_payment",
      expiresAt: minutesFromNow(2),
      paidAt: null,
    });
  });

  it.each([{ limit: 0 }, { limit: 51 }, { expiringWithinMinutes: 0 }, { expiringWithinMinutes: 1441 }])(
    "refuses %o",
    async (input) => {
      await expect(attention(input)).rejects.toMatchObject({ code: "BAD_REQUEST" });
    },
  );
});
