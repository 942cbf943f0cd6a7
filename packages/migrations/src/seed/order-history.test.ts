import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../testing";
import { seedLoadCatalogue } from "./load-catalogue";
import { planOrderHistory, type SeedAnimal } from "./order-history-plan";
import { seedOrderHistory } from "./seed-order-history";

// The order-history seed at a small size: a realistic mix, every order's rows agreeing with its
// status, stock untouched but for the orders still awaiting payment, and the same rows each time.

const NOW = Date.parse("2026-11-30T12:00:00.000Z");
const TWO_YEARS_MS = 731 * 86_400_000;

let testDb: TestDatabase;
let stockBefore: number;
let added: number;

const totalStock = async () =>
  Number(
    (await sql<{ n: string }>`select coalesce(sum(stock), 0) as n from animals`.execute(testDb.db)).rows[0]
      ?.n,
  );

beforeAll(async () => {
  testDb = await createTestDatabase();
  await seedLoadCatalogue(testDb.db, 300);
  stockBefore = await totalStock();
  added = await seedOrderHistory(testDb.db, 200, NOW);
}, 60_000);
afterAll(() => testDb?.destroy());

describe("the order-history seed", () => {
  it("adds the orders asked for, in a realistic mix of statuses, and nothing more when run again", async () => {
    expect(added).toBe(200);
    const rows = await testDb.db
      .selectFrom("orders")
      .select(["status", (eb) => eb.fn.countAll<string>().as("n")])
      .groupBy("status")
      .execute();
    const byStatus = Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
    expect(Object.keys(byStatus).sort()).toEqual([
      "cancelled",
      "expired",
      "fulfilled",
      "paid",
      "pending_payment",
      "refunded",
    ]);
    expect((byStatus.fulfilled ?? 0) + (byStatus.paid ?? 0)).toBeGreaterThan(140);
    expect(byStatus.pending_payment).toBe(1);
    expect(await seedOrderHistory(testDb.db, 200, NOW)).toBe(0);
  });

  it("dates everything within the two years before now, in order", async () => {
    const { rows } = await sql<{ first: string; last: string; eventsLast: string }>`
      select min(created_at) as first, max(created_at) as last,
        (select max(created_at) from order_events) as "eventsLast"
      from orders`.execute(testDb.db);
    const span = rows[0];
    expect(Date.parse(span?.first ?? "")).toBeGreaterThan(NOW - TWO_YEARS_MS);
    expect(Date.parse(span?.last ?? "")).toBeLessThanOrEqual(NOW);
    expect(Date.parse(span?.eventsLast ?? "")).toBeLessThanOrEqual(NOW);
    // Numbers follow time, as they would have been given.
    const { rows: disorder } = await sql<{ n: string }>`
      select count(*) as n from orders a join orders b on a.number < b.number and a.created_at > b.created_at`.execute(
      testDb.db,
    );
    expect(Number(disorder[0]?.n)).toBe(0);
  });

  it("gives each order lines that add up to its total and events that lead to its status", async () => {
    const orders = await testDb.db
      .selectFrom("orders")
      .select(["id", "status", "totalMinor", "expiresAt", "attention"])
      .execute();
    const lines = await testDb.db.selectFrom("orderLines").selectAll().execute();
    const events = await testDb.db.selectFrom("orderEvents").selectAll().orderBy("id").execute();
    for (const order of orders) {
      const own = lines.filter((l) => l.orderId === order.id);
      expect(own.length).toBeGreaterThanOrEqual(1);
      expect(own.length).toBeLessThanOrEqual(3);
      expect(own.reduce((sum, l) => sum + l.unitPriceMinor * l.quantity, 0)).toBe(order.totalMinor);
      const history = events.filter((e) => e.orderId === order.id);
      expect(history[0]).toMatchObject({ fromStatus: null, toStatus: "pending_payment" });
      history.slice(1).forEach((e, k) => {
        expect(e.fromStatus).toBe(history[k]?.toStatus);
        expect(Date.parse(e.createdAt)).toBeGreaterThanOrEqual(Date.parse(history[k]?.createdAt ?? ""));
      });
      expect(history.at(-1)?.toStatus).toBe(order.status);
      // A sale becomes paid exactly once; an unpaid order never.
      const paid = history.filter((e) => e.toStatus === "paid").length;
      expect(paid).toBe(["paid", "fulfilled", "refunded"].includes(order.status) ? 1 : 0);
      expect(order.expiresAt !== null).toBe(order.status === "pending_payment");
    }
    // One order in 200 paid late after expiring; one in 500 (here the 151st) too late, refunded.
    expect(events.some((e) => e.fromStatus === "expired" && e.toStatus === "paid")).toBe(true);
    expect(orders.filter((o) => o.attention !== null)).toHaveLength(1);
  });

  it("records payments, provider events and refunds that agree with each other", async () => {
    const payments = await testDb.db.selectFrom("payments").selectAll().execute();
    const refunds = await testDb.db.selectFrom("refunds").selectAll().execute();
    const events = await testDb.db.selectFrom("paymentEvents").selectAll().execute();
    const orders = await testDb.db.selectFrom("orders").select(["id", "status", "totalMinor"]).execute();
    for (const payment of payments) {
      const own = refunds.filter((r) => r.paymentId === payment.id);
      expect(own.reduce((sum, r) => sum + r.amountMinor, 0)).toBe(payment.refundedMinor);
      expect(payment.refundedMinor).toBeLessThanOrEqual(payment.amountMinor);
      expect(events.filter((e) => e.paymentId === payment.id)).toHaveLength(
        payment.status === "succeeded" ? 1 : 0,
      );
    }
    for (const order of orders.filter((o) => o.status === "refunded")) {
      const payment = payments.find((p) => p.orderId === order.id);
      expect(payment?.refundedMinor).toBe(order.totalMinor);
    }
    const partial = payments.filter((p) => p.refundedMinor > 0 && p.refundedMinor < p.amountMinor);
    expect(partial.length).toBeGreaterThan(0);
    expect(new Set(events.map((e) => e.outcome))).toEqual(new Set(["applied", "late-reserved", "refunding"]));
  });

  it("leaves stock alone but for the units held by orders awaiting payment", async () => {
    const { rows } = await sql<{ n: string }>`
      select coalesce(sum(l.quantity), 0) as n from order_lines l
      join orders o on o.id = l.order_id where o.status = 'pending_payment'`.execute(testDb.db);
    expect(await totalStock()).toBe(stockBefore - Number(rows[0]?.n));
  });

  it("plans the same orders from the same listings and moment", () => {
    const animals: SeedAnimal[] = [
      {
        id: "00000000-0000-4000-8000-000000000001",
        name: "Rex",
        species: "dog",
        priceMinor: 90_000,
        currency: "EUR",
        status: "active",
        stock: 1,
      },
      {
        id: "00000000-0000-4000-8000-000000000002",
        name: "Nemo",
        species: "fish",
        priceMinor: 900,
        currency: "EUR",
        status: "active",
        stock: 40,
      },
    ];
    const customers = [{ id: "00000000-0000-4000-8000-00000000000c", email: "c@example.test", name: "C" }];
    const plan = () => [...planOrderHistory({ animals, customers, count: 300, now: NOW })];
    expect(plan()).toEqual(plan());
    expect(plan()).toHaveLength(300);
  });
});
