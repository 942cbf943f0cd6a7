import { createTestDatabase, type TestDatabase } from "@petshop/migrations/testing";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  callerWith,
  insertAnimal,
  signedInActor,
  type TestActor,
  type TestDeps,
  testDeps,
} from "../../test-support/context";
import { placeOrder } from "../../test-support/orders";

// Staff's order-line export (days in the shop's time zone, paged by order number) and the
// lookup of an order by its number.

let testDb: TestDatabase;
let deps: TestDeps;
let staff: TestActor;
const placed: { id: string; number: string }[] = [];

const asStaff = async () => (await callerWith(deps, { cookie: staff.cookie })).caller;
const codeOf = (e: unknown) => (e instanceof TRPCError ? e.code : "ok");

/** Moves an order's placing time, as if it had been placed then. */
const placedAt = (orderId: string, iso: string) =>
  testDb.db.updateTable("orders").set({ createdAt: iso }).where("id", "=", orderId).execute();

beforeAll(async () => {
  testDb = await createTestDatabase();
  deps = { ...testDeps(testDb.db), timeZone: "Europe/Dublin" };
  staff = await signedInActor(deps, "staff");
  const customer = await signedInActor(deps, "customer");
  const dog = await insertAnimal(testDb.db, { species: "dog", priceMinor: 10_000, stock: 10 });
  const cat = await insertAnimal(testDb.db, { species: "cat", priceMinor: 2_500, stock: 10 });
  for (let i = 0; i < 3; i++) {
    const order = await placeOrder(deps, customer, [{ animalId: dog.id }, { animalId: cat.id, quantity: 2 }]);
    placed.push({ id: order.id, number: order.number });
  }
  // Dublin is UTC+1 in summer: 23:30 UTC on 30 June is already 1 July there.
  await placedAt(placed[0]?.id ?? "", "2026-06-30T22:30:00.000Z");
  await placedAt(placed[1]?.id ?? "", "2026-06-30T23:30:00.000Z");
  await placedAt(placed[2]?.id ?? "", "2026-07-01T22:59:59.000Z");
});
afterAll(async () => testDb?.destroy());

describe("orders.exportLines", () => {
  it("gives each line of the orders placed on the shop's days, with the order's facts", async () => {
    const page = await (await asStaff()).orders.exportLines({ from: "2026-07-01", to: "2026-07-01" });
    expect(page.nextCursor).toBeNull();
    // Order 0 was placed late on 30 June in Dublin; orders 1 and 2 on 1 July, two lines each.
    expect(page.items.map((r) => r.orderNumber)).toEqual(
      [placed[1], placed[1], placed[2], placed[2]].map((o) => o?.number),
    );
    const first = page.items.filter((r) => r.orderNumber === placed[1]?.number);
    expect(
      first
        .map((r) => ({ species: r.species, q: r.quantity, total: r.lineTotalMinor }))
        .sort((a, b) => a.total - b.total),
    ).toEqual([
      { species: "cat", q: 2, total: 5_000 },
      { species: "dog", q: 1, total: 10_000 },
    ]);
    expect(first[0]).toMatchObject({
      status: "pending_payment",
      paidAt: null,
      customerEmail: expect.stringMatching(/@example\.test$/),
      currency: "EUR",
      orderTotalMinor: 15_000,
      orderRefundedMinor: 0,
    });
  });

  it("pages through every line by cursor, without repeats", async () => {
    const caller = await asStaff();
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Awaited<ReturnType<typeof caller.orders.exportLines>> = await caller.orders.exportLines({
        from: "2026-06-30",
        to: "2026-07-02",
        limit: 1,
        cursor,
      });
      seen.push(...page.items.map((r) => `${r.orderNumber}/${r.animalSlug}`));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(6);
    expect(new Set(seen).size).toBe(6);
  });

  it("filters by status", async () => {
    const page = await (await asStaff()).orders.exportLines({
      from: "2026-06-01",
      to: "2026-07-31",
      status: ["paid"],
    });
    expect(page.items).toEqual([]);
  });

  it("refuses bad ranges and forged cursors", async () => {
    const caller = await asStaff();
    for (const input of [
      { from: "2026-07-02", to: "2026-07-01" },
      { from: "0000-01-01", to: "2026-07-01" },
      { from: "2026-02-30", to: "2026-03-01" },
      {
        from: "2026-07-01",
        to: "2026-07-01",
        cursor: Buffer.from('{"number":"1e308"}').toString("base64url"),
      },
    ]) {
      expect(codeOf(await caller.orders.exportLines(input).catch((e) => e)), JSON.stringify(input)).toBe(
        "BAD_REQUEST",
      );
    }
  });
});

describe("orders.adminByNumber", () => {
  it("finds an order by the number people read; an unknown or malformed one is refused", async () => {
    const caller = await asStaff();
    const order = placed[0];
    expect((await caller.orders.adminByNumber({ number: order?.number ?? "" })).id).toBe(order?.id);
    expect(codeOf(await caller.orders.adminByNumber({ number: "987654321" }).catch((e) => e))).toBe(
      "NOT_FOUND",
    );
    for (const number of ["0", "-1", "12a", "99999999999999999999"]) {
      expect(codeOf(await caller.orders.adminByNumber({ number }).catch((e) => e))).toBe("BAD_REQUEST");
    }
  });
});
