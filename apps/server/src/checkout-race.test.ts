import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { fillCart, insertAnimal, quickCustomer } from "@petshop/api/testing";
import { createDatabase } from "@petshop/db";
import { createTestDatabase, type TestDatabase } from "@petshop/migrations/testing";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createApp } from "./app";
import { testApp } from "./test-support/app";

// Two server instances, each with its own connection pool, over one PostgreSQL database, serving
// real HTTP: 200 customers racing for 5 units end with exactly 5 orders. PostgreSQL only (PGlite
// is one process's single connection).

const onPostgres = inject("testDatabaseTemplate").kind === "postgres";

let testDb: TestDatabase;
const closers: (() => Promise<unknown>)[] = [];
const bases: string[] = [];
let deps: ReturnType<typeof testApp>["deps"];

/** Serves `app` on a free port of 127.0.0.1 and returns its origin. */
function listen(app: ReturnType<typeof createApp>): Promise<string> {
  return new Promise((resolve) => {
    const server = serve({ fetch: app.fetch, hostname: "127.0.0.1", port: 0 }, (info: AddressInfo) =>
      resolve(`http://127.0.0.1:${info.port}`),
    );
    closers.push(() => new Promise((done) => server.close(done)));
  });
}

beforeAll(async () => {
  if (!onPostgres) return;
  testDb = await createTestDatabase();
  deps = testApp(testDb.db).deps;
  for (let instance = 0; instance < 2; instance++) {
    const db = createDatabase({ kind: "postgres", url: testDb.url ?? "", poolMax: 10 });
    closers.push(() => db.destroy());
    bases.push(await listen(createApp({ ...deps, db })));
  }
});
afterAll(async () => {
  for (const close of closers) await close();
  await testDb?.destroy();
});

describe.runIf(onPostgres)("checkout across two server instances (PostgreSQL)", () => {
  it("sells 5 units to exactly 5 of 200 customers racing over HTTP; every other one gets 409", async () => {
    const animal = await insertAnimal(testDb.db, { stock: 5, priceMinor: 9_900 });
    const customers = await Promise.all(Array.from({ length: 200 }, () => quickCustomer(deps)));
    for (const c of customers) await fillCart(deps, c.id, [{ animalId: animal.id, quantity: 1 }]);

    const statuses = await Promise.all(
      customers.map(async (c, i) => {
        const base = bases[i % 2] ?? "";
        const response = await fetch(`${base}/trpc/orders.checkout`, {
          method: "POST",
          // Behind the load balancer, browsers send the shop's public origin.
          headers: { "content-type": "application/json", cookie: c.cookie, origin: "http://shop.test" },
          body: JSON.stringify({
            idempotencyKey: `race-${c.id}`,
            expectedTotalMinor: 9_900,
            contact: { name: "Racer", email: c.email },
            fulfilment: { method: "pickup" },
          }),
        });
        await response.arrayBuffer();
        return response.status;
      }),
    );

    expect(statuses.filter((s) => s === 200)).toHaveLength(5);
    expect(statuses.filter((s) => s !== 200).every((s) => s === 409)).toBe(true);
    const { stock } = await testDb.db
      .selectFrom("animals")
      .select("stock")
      .where("id", "=", animal.id)
      .executeTakeFirstOrThrow();
    expect(stock).toBe(0);
    const sold = await testDb.db
      .selectFrom("orderLines")
      .innerJoin("orders", "orders.id", "orderLines.orderId")
      .select((eb) => eb.fn.sum<string>("orderLines.quantity").as("units"))
      .where("orderLines.animalId", "=", animal.id)
      .where("orders.status", "=", "pending_payment")
      .executeTakeFirstOrThrow();
    // The invariant: what was in stock = what is left + what live orders hold.
    expect(stock + Number(sold.units)).toBe(5);
  });
});
