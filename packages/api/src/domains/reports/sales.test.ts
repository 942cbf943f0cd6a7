import type { Species } from "@petshop/db";
import { createTestDatabase, type TestDatabase } from "@petshop/migrations/testing";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZodError } from "zod";
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
import { sendRefundToProvider } from "../payments/refunds";

// The sales report on a history made through the real services (checkout, the local provider's
// events, staff refunds), with the moments of payment and refund moved in SQL to either side of a
// day boundary in Dublin, in summer (UTC+1) and winter (UTC+0). Expected figures are written out
// by hand and also worked out here from the sales and refunds made, never by the report's SQL.

let testDb: TestDatabase;
let deps: TestDeps;
let staff: TestActor;
let customer: TestActor;
let rival: TestActor;

interface Line {
  animalId: string;
  species: Species;
  unitPriceMinor: number;
  quantity: number;
}
interface Sale {
  orderId: string;
  paidAt: string;
  lines: Line[];
}
interface Refund {
  at: string;
  amountMinor: number;
  lines: Line[];
}

/** What the shop really sold and gave back, as the test made it. */
const ledger: { sales: Sale[]; refunds: Refund[] } = { sales: [], refunds: [] };

type LineSpec = { species: Species; priceMinor: number; quantity?: number; currency?: string };

/** Places an order of new animals (each with just enough stock) and returns it with its lines. */
async function order(specs: LineSpec[], buyer = customer) {
  const lines: Line[] = [];
  for (const spec of specs) {
    const quantity = spec.quantity ?? 1;
    const animal = await insertAnimal(testDb.db, {
      species: spec.species,
      priceMinor: spec.priceMinor,
      stock: quantity,
      currency: spec.currency ?? "EUR",
    });
    lines.push({ animalId: animal.id, species: spec.species, unitPriceMinor: spec.priceMinor, quantity });
  }
  const placed = await placeOrder(deps, buyer, lines);
  return { orderId: placed.id, lines };
}

/** Moves the moment order `orderId` became paid. */
async function setPaidAt(orderId: string, at: string) {
  await testDb.db
    .updateTable("orderEvents")
    .set({ createdAt: at })
    .where("orderId", "=", orderId)
    .where("toStatus", "=", "paid")
    .execute();
}

/** An order paid at `paidAt`; recorded as a sale unless told otherwise (another currency). */
async function sale(specs: LineSpec[], paidAt: string, counts = true): Promise<Sale> {
  const { orderId, lines } = await order(specs);
  await payOrder(deps, customer, orderId);
  await setPaidAt(orderId, paidAt);
  const made = { orderId, paidAt, lines };
  if (counts) ledger.sales.push(made);
  return made;
}

/** A staff refund of `amountMinor` (all that is left when undefined), settled, dated `at`. */
async function refund(made: Sale, amountMinor: number | undefined, at: string, restock = false) {
  const { caller } = await callerWith(deps, { cookie: staff.cookie });
  const { refundId } = await caller.payments.refund({
    orderId: made.orderId,
    amountMinor,
    reason: "Test refund",
    restock,
  });
  await sendRefundToProvider(testDb.db, deps.payments, deps.jobs, refundId);
  const row = await testDb.db
    .updateTable("refunds")
    .set({ createdAt: at })
    .where("id", "=", refundId)
    .returning(["amountMinor", "status"])
    .executeTakeFirstOrThrow();
  expect(row.status).toBe("succeeded");
  ledger.refunds.push({ at, amountMinor: row.amountMinor, lines: made.lines });
}

/** Dates an order's whole history (creation and events) at `at`, as if it happened then. */
async function backdate(orderId: string, at: string) {
  await testDb.db.updateTable("orders").set({ createdAt: at }).where("id", "=", orderId).execute();
  await testDb.db.updateTable("orderEvents").set({ createdAt: at }).where("orderId", "=", orderId).execute();
}

let b: Sale;

beforeAll(async () => {
  testDb = await createTestDatabase();
  deps = testDeps(testDb.db);
  staff = await signedInActor(deps, "staff");
  customer = await signedInActor(deps, "customer");
  rival = await signedInActor(deps, "customer", "rival");

  // Summer: Dublin is UTC+1, so 22:30Z is 23:30 on the 14th and 23:30Z is 00:30 on the 15th.
  await sale([{ species: "dog", priceMinor: 50_000 }], "2026-07-14T22:30:00.000Z");
  b = await sale(
    [
      { species: "cat", priceMinor: 30_000 },
      { species: "fish", priceMinor: 2_000, quantity: 5 },
    ],
    "2026-07-14T23:30:00.000Z",
  );
  // 00:30 on the 20th in Dublin, still the 19th in UTC.
  await sale([{ species: "fish", priceMinor: 3_000, quantity: 2 }], "2026-07-19T23:30:00.000Z");
  // Winter: Dublin is on UTC.
  const c = await sale([{ species: "bird", priceMinor: 8_000 }], "2026-01-10T23:30:00.000Z");
  const d = await sale([{ species: "reptile", priceMinor: 12_000 }], "2026-01-11T00:30:00.000Z");
  // Another currency never counts.
  await sale([{ species: "dog", priceMinor: 70_000, currency: "USD" }], "2026-07-14T12:00:00.000Z", false);

  // A partial refund of the mixed order (10,001 does not split evenly), a refund in July of a
  // January sale (it lowers July, like a till), and a full refund with the animal back on sale.
  await refund(b, 10_001, "2026-07-18T10:00:00.000Z");
  await refund(c, 3_000, "2026-07-17T08:00:00.000Z");
  await refund(d, undefined, "2026-02-02T09:00:00.000Z", true);

  // Paid after its hold ended, while its animal was still there: a sale when the money came.
  const late = await order([{ species: "small_mammal", priceMinor: 15_000 }]);
  const latePayment = await openPayment(deps, customer, late.orderId);
  await changeOrderStatus(testDb.db, late.orderId, "expired", SYSTEM_ACTOR, "Hold ended");
  expect(await completePayment(deps, latePayment)).toBe("late-reserved");
  await setPaidAt(late.orderId, "2026-07-16T12:00:00.000Z");
  ledger.sales.push({ orderId: late.orderId, paidAt: "2026-07-16T12:00:00.000Z", lines: late.lines });

  // Paid too late, after its animal went to someone else: refunded automatically, never a sale.
  const gone = await order([{ species: "reptile", priceMinor: 9_000 }]);
  const gonePayment = await openPayment(deps, customer, gone.orderId);
  await changeOrderStatus(testDb.db, gone.orderId, "expired", SYSTEM_ACTOR, "Hold ended");
  await placeOrder(deps, rival, [{ animalId: gone.lines[0]?.animalId ?? "" }]);
  expect(await completePayment(deps, gonePayment)).toBe("refunding");
  const automatic = await testDb.db
    .selectFrom("refunds")
    .select("id")
    .where("paymentId", "=", gonePayment.id)
    .executeTakeFirstOrThrow();
  await sendRefundToProvider(testDb.db, deps.payments, deps.jobs, automatic.id);
  const settled = await testDb.db
    .updateTable("refunds")
    .set({ createdAt: "2026-07-17T09:00:00.000Z" })
    .where("id", "=", automatic.id)
    .returning("status")
    .executeTakeFirstOrThrow();
  expect(settled.status).toBe("succeeded");

  // Expired and cancelled without being paid, dated inside the July range: never sales.
  const expired = await order([{ species: "dog", priceMinor: 40_000 }]);
  await changeOrderStatus(testDb.db, expired.orderId, "expired", SYSTEM_ACTOR, "Hold ended");
  await backdate(expired.orderId, "2026-07-15T10:00:00.000Z");
  const cancelled = await order([{ species: "cat", priceMinor: 20_000 }]);
  await (await callerWith(deps, { cookie: customer.cookie })).caller.orders.cancel({
    orderId: cancelled.orderId,
  });
  await backdate(cancelled.orderId, "2026-07-15T11:00:00.000Z");
}, 120_000);
afterAll(() => testDb?.destroy());

// Worked out in JavaScript from the ledger, with Intl for the shop's days.

const localDay = (iso: string, timeZone: string) =>
  new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(
    new Date(iso),
  );
const DAY_MS = 86_400_000;
const addDays = (day: string, n: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
const periodOf = (day: string, by: "day" | "week" | "month") => {
  if (by === "day") return day;
  if (by === "month") return `${day.slice(0, 8)}01`;
  const weekday = (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7; // Monday is 0
  return addDays(day, -weekday);
};
const lineValue = (line: Line) => line.unitPriceMinor * line.quantity;

function expectedByPeriod(from: string, to: string, by: "day" | "week" | "month", timeZone: string) {
  const rows = new Map<string, { orders: number; units: number; grossMinor: number; refundsMinor: number }>();
  for (let day = from; day <= to; day = addDays(day, 1)) {
    const key = periodOf(day, by);
    if (!rows.has(key)) rows.set(key, { orders: 0, units: 0, grossMinor: 0, refundsMinor: 0 });
  }
  const inRange = (iso: string) => localDay(iso, timeZone) >= from && localDay(iso, timeZone) <= to;
  for (const s of ledger.sales.filter((s) => inRange(s.paidAt))) {
    const row = rows.get(periodOf(localDay(s.paidAt, timeZone), by));
    if (!row) throw new Error("a sale outside every period");
    row.orders += 1;
    row.units += s.lines.reduce((n, l) => n + l.quantity, 0);
    row.grossMinor += s.lines.reduce((n, l) => n + lineValue(l), 0);
  }
  for (const r of ledger.refunds.filter((r) => inRange(r.at))) {
    const row = rows.get(periodOf(localDay(r.at, timeZone), by));
    if (!row) throw new Error("a refund outside every period");
    row.refundsMinor += r.amountMinor;
  }
  return [...rows].map(([key, row]) => ({ key, ...row, netMinor: row.grossMinor - row.refundsMinor }));
}

/** A refund's share per line: cumulative floors in animal-id order, as decision 011 states. */
function shares(refundMinor: number, lines: Line[]) {
  const sorted = [...lines].sort((x, y) => (x.animalId < y.animalId ? -1 : 1));
  const whole = sorted.reduce((n, l) => n + lineValue(l), 0);
  let running = 0;
  return sorted.map((line) => {
    const before = Math.floor((refundMinor * running) / whole);
    running += lineValue(line);
    return { species: line.species, share: Math.floor((refundMinor * running) / whole) - before };
  });
}

function expectedBySpecies(from: string, to: string, timeZone: string) {
  const rows = new Map<
    string,
    { orders: Set<string>; units: number; grossMinor: number; refundsMinor: number }
  >();
  const row = (species: string) => {
    const found = rows.get(species) ?? {
      orders: new Set<string>(),
      units: 0,
      grossMinor: 0,
      refundsMinor: 0,
    };
    rows.set(species, found);
    return found;
  };
  const inRange = (iso: string) => localDay(iso, timeZone) >= from && localDay(iso, timeZone) <= to;
  for (const s of ledger.sales.filter((s) => inRange(s.paidAt))) {
    for (const line of s.lines) {
      const r = row(line.species);
      r.orders.add(s.orderId);
      r.units += line.quantity;
      r.grossMinor += lineValue(line);
    }
  }
  for (const refund of ledger.refunds.filter((r) => inRange(r.at))) {
    for (const { species, share } of shares(refund.amountMinor, refund.lines))
      row(species).refundsMinor += share;
  }
  return [...rows]
    .map(([key, r]) => ({
      key,
      orders: r.orders.size,
      units: r.units,
      grossMinor: r.grossMinor,
      refundsMinor: r.refundsMinor,
      netMinor: r.grossMinor - r.refundsMinor,
    }))
    .sort((x, y) => y.netMinor - x.netMinor || (x.key < y.key ? -1 : 1));
}

const sumOf = (
  rows: { orders: number; units: number; grossMinor: number; refundsMinor: number; netMinor: number }[],
) =>
  rows.reduce(
    (t, r) => ({
      orders: t.orders + r.orders,
      units: t.units + r.units,
      grossMinor: t.grossMinor + r.grossMinor,
      refundsMinor: t.refundsMinor + r.refundsMinor,
      netMinor: t.netMinor + r.netMinor,
    }),
    { orders: 0, units: 0, grossMinor: 0, refundsMinor: 0, netMinor: 0 },
  );

async function report(
  input: { from: string; to: string; by: "day" | "week" | "month" | "species" },
  on = deps,
) {
  const { caller } = await callerWith(on, { cookie: staff.cookie });
  return caller.reports.sales(input);
}

const zero = { orders: 0, units: 0, grossMinor: 0, refundsMinor: 0, netMinor: 0 };

describe("reports.sales by day", () => {
  it("puts each sale on the shop's day it was paid and each refund on the day it was made", async () => {
    const result = await report({ from: "2026-07-13", to: "2026-07-19", by: "day" });
    expect(result).toMatchObject({
      currency: "EUR",
      timeZone: "Europe/Dublin",
      from: "2026-07-13",
      to: "2026-07-19",
      by: "day",
    });
    expect(result.rows).toEqual([
      { key: "2026-07-13", ...zero },
      // 23:30 in Dublin on the 14th.
      { key: "2026-07-14", orders: 1, units: 1, grossMinor: 50_000, refundsMinor: 0, netMinor: 50_000 },
      // 23:30 UTC on the 14th is 00:30 on the 15th in Dublin; the expired and cancelled orders dated
      // this day do not count.
      { key: "2026-07-15", orders: 1, units: 6, grossMinor: 40_000, refundsMinor: 0, netMinor: 40_000 },
      // The late payment counts when it was paid.
      { key: "2026-07-16", orders: 1, units: 1, grossMinor: 15_000, refundsMinor: 0, netMinor: 15_000 },
      // The January bird's refund counts here; the automatic refund of the too-late payment does not.
      { key: "2026-07-17", orders: 0, units: 0, grossMinor: 0, refundsMinor: 3_000, netMinor: -3_000 },
      { key: "2026-07-18", orders: 0, units: 0, grossMinor: 0, refundsMinor: 10_001, netMinor: -10_001 },
      // The fish paid at 23:30 UTC on the 19th belong to the 20th in Dublin.
      { key: "2026-07-19", ...zero },
    ]);
    expect(result.totals).toEqual({
      orders: 3,
      units: 8,
      grossMinor: 105_000,
      refundsMinor: 13_001,
      netMinor: 91_999,
    });
    expect(result.rows).toEqual(expectedByPeriod("2026-07-13", "2026-07-19", "day", "Europe/Dublin"));
  });

  it("follows the shop's time zone setting", async () => {
    const result = await report(
      { from: "2026-07-13", to: "2026-07-19", by: "day" },
      { ...deps, timeZone: "UTC" },
    );
    expect(result.timeZone).toBe("UTC");
    expect(result.rows.find((r) => r.key === "2026-07-14")).toMatchObject({ orders: 2, grossMinor: 90_000 });
    expect(result.rows.find((r) => r.key === "2026-07-19")).toMatchObject({ orders: 1, grossMinor: 6_000 });
    expect(result.rows).toEqual(expectedByPeriod("2026-07-13", "2026-07-19", "day", "UTC"));
  });

  it("keeps winter days on UTC, and zero-fills days without sales", async () => {
    const result = await report({ from: "2026-01-09", to: "2026-01-12", by: "day" });
    expect(result.rows).toEqual([
      { key: "2026-01-09", ...zero },
      { key: "2026-01-10", orders: 1, units: 1, grossMinor: 8_000, refundsMinor: 0, netMinor: 8_000 },
      { key: "2026-01-11", orders: 1, units: 1, grossMinor: 12_000, refundsMinor: 0, netMinor: 12_000 },
      { key: "2026-01-12", ...zero },
    ]);
    const empty = await report({ from: "2025-03-01", to: "2025-03-10", by: "day" });
    expect(empty.rows).toHaveLength(10);
    expect(empty.rows.every((r) => r.orders === 0 && r.netMinor === 0)).toBe(true);
    expect(empty.totals).toEqual(zero);
  });

  it("covers a whole leap year of days", async () => {
    const result = await report({ from: "2024-01-01", to: "2024-12-31", by: "day" });
    expect(result.rows).toHaveLength(366);
    expect(result.rows[59]?.key).toBe("2024-02-29");
  });
});

describe("reports.sales by week and month", () => {
  it("starts weeks on Monday, keyed by that Monday even before the range starts", async () => {
    // 2026-07-15 is a Wednesday; only days from the 15th count in its week.
    const result = await report({ from: "2026-07-15", to: "2026-07-28", by: "week" });
    expect(result.rows).toEqual([
      { key: "2026-07-13", orders: 2, units: 7, grossMinor: 55_000, refundsMinor: 13_001, netMinor: 41_999 },
      { key: "2026-07-20", orders: 1, units: 2, grossMinor: 6_000, refundsMinor: 0, netMinor: 6_000 },
      { key: "2026-07-27", ...zero },
    ]);
    expect(result.rows).toEqual(expectedByPeriod("2026-07-15", "2026-07-28", "week", "Europe/Dublin"));
  });

  it("zero-fills every month of the range and counts a refund in the month it was made", async () => {
    const result = await report({ from: "2026-01-01", to: "2026-08-31", by: "month" });
    expect(result.rows.map((r) => r.key)).toEqual([
      "2026-01-01",
      "2026-02-01",
      "2026-03-01",
      "2026-04-01",
      "2026-05-01",
      "2026-06-01",
      "2026-07-01",
      "2026-08-01",
    ]);
    expect(result.rows[0]).toEqual({
      key: "2026-01-01",
      orders: 2,
      units: 2,
      grossMinor: 20_000,
      refundsMinor: 0,
      netMinor: 20_000,
    });
    expect(result.rows[1]).toEqual({ key: "2026-02-01", ...zero, refundsMinor: 12_000, netMinor: -12_000 });
    expect(result.rows).toEqual(expectedByPeriod("2026-01-01", "2026-08-31", "month", "Europe/Dublin"));
    expect(result.totals).toEqual(sumOf(result.rows));
  });
});

describe("reports.sales by species", () => {
  it("splits gross by line and shares a partial refund by line value, adding up to the period's totals", async () => {
    const result = await report({ from: "2026-07-01", to: "2026-07-31", by: "species" });
    expect(result.rows).toEqual(expectedBySpecies("2026-07-01", "2026-07-31", "Europe/Dublin"));
    expect(result.rows.map((r) => r.key)).toEqual(["dog", "cat", "small_mammal", "fish", "bird"]);

    // The mixed order's 10,001 split 7,500.75 / 2,500.25: each share is one of the two nearest cents.
    const cat = result.rows.find((r) => r.key === "cat");
    const fish = result.rows.find((r) => r.key === "fish");
    expect([7_500, 7_501]).toContain(cat?.refundsMinor);
    expect((cat?.refundsMinor ?? 0) + (fish?.refundsMinor ?? 0)).toBe(10_001);
    expect(fish).toMatchObject({ orders: 2, units: 7, grossMinor: 16_000 });
    // A species with only a refund in the period is there, with no orders.
    expect(result.rows.at(-1)).toEqual({
      key: "bird",
      orders: 0,
      units: 0,
      grossMinor: 0,
      refundsMinor: 3_000,
      netMinor: -3_000,
    });

    expect(result.totals).toEqual(sumOf(result.rows));
    const byMonth = await report({ from: "2026-07-01", to: "2026-07-31", by: "month" });
    expect(result.totals.grossMinor).toBe(byMonth.totals.grossMinor);
    expect(result.totals.refundsMinor).toBe(byMonth.totals.refundsMinor);
    expect(result.totals.netMinor).toBe(byMonth.totals.netMinor);
    // The mixed order is one order in each of its two species.
    expect(result.totals.orders).toBe(byMonth.totals.orders + 1);
  });
});

describe("reports.sales input", () => {
  const refusal = async (input: unknown) => {
    const { caller } = await callerWith(deps, { cookie: staff.cookie });
    // Deliberately malformed input, as a client may send it.
    const error = await caller.reports.sales(input as never).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TRPCError);
    return error instanceof TRPCError ? error : undefined;
  };
  const fieldsOf = (error: TRPCError | undefined) =>
    error?.cause instanceof ZodError ? error.cause.issues.map((i) => i.path.join(".")) : [];

  it.each([
    ["from after to", { from: "2026-07-02", to: "2026-07-01", by: "day" }, "to"],
    ["367 days by day", { from: "2025-01-01", to: "2026-01-02", by: "day" }, "to"],
    ["more than 3 years by week", { from: "2022-01-01", to: "2025-01-01", by: "week" }, "to"],
    ["more than 10 years by month", { from: "2020-01-01", to: "2030-01-01", by: "month" }, "to"],
    ["more than 10 years by species", { from: "2020-01-01", to: "2030-01-01", by: "species" }, "to"],
    ["year 0000", { from: "0000-01-01", to: "2026-01-01", by: "month" }, "from"],
    ["1999", { from: "1999-12-31", to: "2020-01-05", by: "day" }, "from"],
    ["a day that does not exist", { from: "2026-02-29", to: "2026-03-01", by: "day" }, "from"],
    ["a day without zeros", { from: "2026-7-1", to: "2026-07-02", by: "day" }, "from"],
    ["a timestamp", { from: "2026-07-01T00:00:00Z", to: "2026-07-02", by: "day" }, "from"],
    ["not a date", { from: "2026-07-01", to: "tomorrow", by: "day" }, "to"],
    ["an unknown grouping", { from: "2026-07-01", to: "2026-07-02", by: "year" }, "by"],
    ["a number", { from: 20260701, to: "2026-07-02", by: "day" }, "from"],
  ])("refuses %s, naming the field", async (_label, input, field) => {
    const error = await refusal(input);
    expect(error?.code).toBe("BAD_REQUEST");
    expect(fieldsOf(error)).toContain(field);
  });

  it("refuses an end more than a year after today, by the shop's clock", async () => {
    // The test clock says 2026-11-21.
    const error = await refusal({ from: "2027-11-01", to: "2027-11-22", by: "day" });
    expect(error?.code).toBe("BAD_REQUEST");
    expect(error?.message).toMatch(/^to cannot be more than a year from today \(2027-11-21\)/);
    expect((await report({ from: "2027-11-01", to: "2027-11-21", by: "day" })).rows).toHaveLength(21);
  });
});
