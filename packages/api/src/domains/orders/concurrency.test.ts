import { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import { callerWith, insertAnimal } from "../../test-support/context";
import { checkoutKey, fillCart as fillCartOf, quickCustomer } from "../../test-support/orders";
import { onPostgres, raceDeps } from "../../test-support/races";
import { cancelOwnOrder, expireOverdueOrders } from "./order-actions";

// Races on a real PostgreSQL server: many customers at once over a pool of connections. PGlite is
// one connection and cannot race, so these run only when the tests use PostgreSQL (as CI does).

const deps = raceDeps();

const customer = () => quickCustomer(deps());
const fillCart = (userId: string, lines: { animalId: string; quantity: number }[]) =>
  fillCartOf(deps(), userId, lines);

async function checkoutAs(
  c: { email: string; cookie: string },
  expectedTotalMinor: number,
  key = checkoutKey(),
) {
  const { caller } = await callerWith(deps(), { cookie: c.cookie });
  return caller.orders.checkout({
    idempotencyKey: key,
    expectedTotalMinor,
    contact: { name: "Racer", email: c.email },
    fulfilment: { method: "pickup" },
  });
}

/** For each animal: the stock it started with = its stock now + the units in live orders. */
async function expectStockConserved(initial: Map<string, number>) {
  for (const [animalId, started] of initial) {
    const { stock } = await deps()
      .db.selectFrom("animals")
      .select("stock")
      .where("id", "=", animalId)
      .executeTakeFirstOrThrow();
    const { held } = await deps()
      .db.selectFrom("orderLines")
      .innerJoin("orders", "orders.id", "orderLines.orderId")
      .select((eb) => eb.fn.coalesce(eb.fn.sum<number>("orderLines.quantity"), eb.lit(0)).as("held"))
      .where("orderLines.animalId", "=", animalId)
      .where("orders.status", "in", ["pending_payment", "paid", "fulfilled"])
      .executeTakeFirstOrThrow();
    expect(stock).toBeGreaterThanOrEqual(0);
    expect(stock + Number(held)).toBe(started);
  }
}

const codeOf = (reason: unknown) => (reason instanceof TRPCError ? reason.code : String(reason));

describe.runIf(onPostgres)("checkout under concurrency (PostgreSQL)", () => {
  it("200 customers racing for 5 units: exactly 5 orders, every loser a CONFLICT", async () => {
    const animal = await insertAnimal(deps().db, { stock: 5, priceMinor: 7_500 });
    const customers = await Promise.all(Array.from({ length: 200 }, () => customer()));
    for (const c of customers) await fillCart(c.id, [{ animalId: animal.id, quantity: 1 }]);

    const results = await Promise.allSettled(customers.map((c) => checkoutAs(c, 7_500)));

    const won = results.filter((r) => r.status === "fulfilled");
    const lost = results.flatMap((r) => (r.status === "rejected" ? [codeOf(r.reason)] : []));
    expect(won).toHaveLength(5);
    expect(new Set(lost)).toEqual(new Set(["CONFLICT"]));
    await expectStockConserved(new Map([[animal.id, 5]]));
    const { stock } = await deps()
      .db.selectFrom("animals")
      .select("stock")
      .where("id", "=", animal.id)
      .executeTakeFirstOrThrow();
    expect(stock).toBe(0);
  });

  it("overlapping multi-line carts never show a customer a deadlock", async () => {
    const animals = await Promise.all(
      [1, 2, 3, 4].map(() => insertAnimal(deps().db, { stock: 100, priceMinor: 1_000 })),
    );
    const customers = await Promise.all(Array.from({ length: 40 }, () => customer()));
    for (const [i, c] of customers.entries()) {
      // Each cart holds three of the four animals, added in a different order.
      const rotated = [...animals.slice(i % 4), ...animals.slice(0, i % 4)].slice(0, 3);
      await fillCart(
        c.id,
        (i % 2 ? rotated.reverse() : rotated).map((a) => ({ animalId: a.id, quantity: 1 })),
      );
    }

    const results = await Promise.allSettled(customers.map((c) => checkoutAs(c, 3_000)));

    expect(
      results.filter((r) => r.status === "rejected").map((r) => r.status === "rejected" && codeOf(r.reason)),
    ).toEqual([]);
    await expectStockConserved(new Map(animals.map((a) => [a.id, 100])));
  });

  it("the same idempotency key raced 20 times makes one order", async () => {
    const animal = await insertAnimal(deps().db, { stock: 50, priceMinor: 2_000 });
    const c = await customer();
    await fillCart(c.id, [{ animalId: animal.id, quantity: 2 }]);
    const key = checkoutKey();

    const orders = await Promise.all(Array.from({ length: 20 }, () => checkoutAs(c, 4_000, key)));

    expect(new Set(orders.map((o) => o.id)).size).toBe(1);
    const placed = await deps().db.selectFrom("orders").select("id").where("userId", "=", c.id).execute();
    expect(placed).toHaveLength(1);
    await expectStockConserved(new Map([[animal.id, 50]]));
  });

  it("two expiry workers at once release each order's stock exactly once", async () => {
    const animal = await insertAnimal(deps().db, { stock: 30, priceMinor: 100 });
    const customers = await Promise.all(Array.from({ length: 30 }, () => customer()));
    for (const c of customers) await fillCart(c.id, [{ animalId: animal.id, quantity: 1 }]);
    const orders = await Promise.all(customers.map((c) => checkoutAs(c, 100)));
    const later = new Date(Date.parse(orders[0]?.expiresAt ?? "") + 60 * 60_000);

    const [first, second] = await Promise.all([
      expireOverdueOrders(deps().db, later),
      expireOverdueOrders(deps().db, later),
    ]);

    expect(first + second).toBeGreaterThanOrEqual(30);
    const statuses = await deps()
      .db.selectFrom("orders")
      .select("status")
      .where(
        "id",
        "in",
        orders.map((o) => o.id),
      )
      .execute();
    expect(new Set(statuses.map((s) => s.status))).toEqual(new Set(["expired"]));
    const events = await deps()
      .db.selectFrom("orderEvents")
      .select("orderId")
      .where("toStatus", "=", "expired")
      .where(
        "orderId",
        "in",
        orders.map((o) => o.id),
      )
      .execute();
    expect(events).toHaveLength(30);
    await expectStockConserved(new Map([[animal.id, 30]]));
  });

  it("a cancel racing the expiry ends in one state, with the stock back once", async () => {
    const animal = await insertAnimal(deps().db, { stock: 20, priceMinor: 100 });
    const customers = await Promise.all(Array.from({ length: 20 }, () => customer()));
    for (const c of customers) await fillCart(c.id, [{ animalId: animal.id, quantity: 1 }]);
    const orders = await Promise.all(customers.map((c) => checkoutAs(c, 100)));
    const later = new Date(Date.parse(orders[0]?.expiresAt ?? "") + 60 * 60_000);

    const cancels = orders.map((o, i) => cancelOwnOrder(deps().db, customers[i]?.id ?? "", o.id, undefined));
    const [outcomes] = await Promise.all([
      Promise.allSettled(cancels),
      expireOverdueOrders(deps().db, later),
    ]);

    // A cancel that lost to the expiry is told the order already expired.
    for (const outcome of outcomes) {
      if (outcome.status === "rejected") expect(outcome.reason).toMatchObject({ code: "CONFLICT" });
    }
    for (const order of orders) {
      const events = await deps()
        .db.selectFrom("orderEvents")
        .select("toStatus")
        .where("orderId", "=", order.id)
        .where("fromStatus", "=", "pending_payment")
        .execute();
      expect(events).toHaveLength(1);
    }
    await expectStockConserved(new Map([[animal.id, 20]]));
    const { stock } = await deps()
      .db.selectFrom("animals")
      .select("stock")
      .where("id", "=", animal.id)
      .executeTakeFirstOrThrow();
    expect(stock).toBe(20);
  });
});
