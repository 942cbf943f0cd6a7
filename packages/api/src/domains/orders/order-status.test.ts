import { ORDER_STATUSES, type OrderStatus } from "@petshop/db";
import { createTestDatabase, type TestDatabase } from "@petshop/migrations/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { insertAnimal, signedInActor, type TestDeps, testDeps } from "../../test-support/context";
import { placeOrder } from "../../test-support/orders";
import { expireOverdueOrders } from "./order-actions";
import { canTransition, changeOrderStatus, SYSTEM_ACTOR } from "./order-status";

let testDb: TestDatabase;
let deps: TestDeps;
let orderId: string;
let animalId: string;

beforeAll(async () => {
  testDb = await createTestDatabase();
  deps = testDeps(testDb.db);
  animalId = (await insertAnimal(testDb.db, { stock: 10 })).id;
  orderId = (await placeOrder(deps, await signedInActor(deps, "customer"), [{ animalId, quantity: 2 }])).id;
});
afterAll(() => testDb?.destroy());

const stock = async () =>
  (await testDb.db.selectFrom("animals").select("stock").where("id", "=", animalId).executeTakeFirstOrThrow())
    .stock;
const eventCount = async () =>
  (await testDb.db.selectFrom("orderEvents").select("id").where("orderId", "=", orderId).execute()).length;
const statusOf = async (id: string) =>
  (await testDb.db.selectFrom("orders").select("status").where("id", "=", id).executeTakeFirstOrThrow())
    .status;

const ALLOWED: [OrderStatus, OrderStatus][] = [
  ["pending_payment", "paid"],
  ["pending_payment", "cancelled"],
  ["pending_payment", "expired"],
  ["paid", "fulfilled"],
  ["paid", "refunded"],
  ["fulfilled", "refunded"],
  ["cancelled", "paid"],
  ["expired", "paid"],
];

const pairs = ORDER_STATUSES.flatMap((from) => ORDER_STATUSES.map((to) => [from, to] as const));

describe("the order state machine", () => {
  it("allows exactly the documented moves", () => {
    const allowed = pairs.filter(([from, to]) => canTransition(from, to));
    expect(allowed).toEqual(ALLOWED);
  });

  it.each(pairs)(
    "%s → %s: moves and records it when allowed, else CONFLICT and nothing written",
    async (from, to) => {
      // The order is put in `from` directly; only the move under test goes through the machine.
      await testDb.db.updateTable("orders").set({ status: from }).where("id", "=", orderId).execute();
      const [stockBefore, eventsBefore] = [await stock(), await eventCount()];
      const attempt = changeOrderStatus(testDb.db, orderId, to, SYSTEM_ACTOR, "test");

      if (!canTransition(from, to)) {
        await expect(attempt).rejects.toMatchObject({ code: "CONFLICT" });
        expect([await statusOf(orderId), await stock(), await eventCount()]).toEqual([
          from,
          stockBefore,
          eventsBefore,
        ]);
        return;
      }
      await attempt;
      expect(await statusOf(orderId)).toBe(to);
      expect(await eventCount()).toBe(eventsBefore + 1);
      // An unpaid order that is given up returns its two units; a late payment takes them again.
      const givenUp = from === "pending_payment" && (to === "cancelled" || to === "expired");
      const paidLate = (from === "cancelled" || from === "expired") && to === "paid";
      expect(await stock()).toBe(stockBefore + (givenUp ? 2 : paidLate ? -2 : 0));
    },
  );
});

describe("expiring unpaid orders", () => {
  it("expires orders past their hold once, returning their stock once", async () => {
    const animal = (await insertAnimal(testDb.db, { stock: 3 })).id;
    const customer = await signedInActor(deps, "customer");
    const late = await placeOrder(deps, customer, [{ animalId: animal, quantity: 2 }]);
    const stockOf = async () =>
      (
        await testDb.db
          .selectFrom("animals")
          .select("stock")
          .where("id", "=", animal)
          .executeTakeFirstOrThrow()
      ).stock;
    expect(await stockOf()).toBe(1);

    const justBefore = new Date(Date.parse(late.expiresAt ?? "") - 1);
    expect(await expireOverdueOrders(testDb.db, justBefore)).toBe(0);
    const after = new Date(Date.parse(late.expiresAt ?? "") + 1);
    expect(await expireOverdueOrders(testDb.db, after)).toBeGreaterThanOrEqual(1);
    expect(await statusOf(late.id)).toBe("expired");
    expect(await stockOf()).toBe(3);

    expect(await expireOverdueOrders(testDb.db, after)).toBe(0);
    expect(await stockOf()).toBe(3);
  });

  it("leaves a paid order alone", async () => {
    const animal = (await insertAnimal(testDb.db, { stock: 3 })).id;
    const order = await placeOrder(deps, await signedInActor(deps, "customer"), [{ animalId: animal }]);
    await changeOrderStatus(testDb.db, order.id, "paid", SYSTEM_ACTOR, "test");
    await expireOverdueOrders(testDb.db, new Date("2100-01-01T00:00:00Z"));
    expect(await statusOf(order.id)).toBe("paid");
  });
});
