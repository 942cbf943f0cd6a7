import { systemClock } from "@petshop/api";
import { insertAnimal, quickCustomer } from "@petshop/api/testing";
import { createTestDatabase, type TestDatabase } from "@petshop/migrations/testing";
import { sql } from "kysely";
import PgBoss from "pg-boss";
import { afterAll, describe, expect, inject, it, vi } from "vitest";
import { killServers, type ServerProcess, serverOrigin, startServer } from "../test-support/processes";
import { freshRequest } from "./http";
import {
  badHolds,
  expireNow,
  incompleteOrders,
  mailsPerOrder,
  orphanedJobs,
  stockBalance,
} from "./invariants";
import { type Buyer, runStorm } from "./storm";

// kill -9 under a checkout storm: two server processes on one PostgreSQL database, more buyers than
// units; one server is killed mid-storm and started again while the other takes its buyers. Then
// the invariants: stock balances, every order is whole, each order's confirmation is mailed
// exactly once, and no unpaid order holds stock past its hold. PostgreSQL only.

const onPostgres = inject("testDatabaseTemplate").kind === "postgres";
const SHOP = "http://shop.test";
const STOCKS = [24, 16, 12, 8];
const BUYERS = 180;
/** Buyers arrive in bursts, as after a newsletter: BURST at a time, every BURST_EVERY_MS. */
const BURST = 12;
const BURST_EVERY_MS = 250;
/**
 * Server A is killed once a quarter of the buyers have arrived (units still selling), at the first
 * moment it has at least KILL_UNDER requests in flight (or, failing that, when the last one arrives).
 */
const KILL_AFTER = 45;
const KILL_UNDER = 3;
const HOLD_MINUTES = 30;

let testDb: TestDatabase | undefined;

afterAll(async () => {
  await killServers();
  await testDb?.destroy();
});

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

describe.runIf(onPostgres)("kill -9 under a checkout storm (PostgreSQL)", () => {
  it("keeps stock, orders, mail and holds consistent when a server dies mid-checkout", async () => {
    testDb = await createTestDatabase();
    const { db, url = "" } = testDb;
    const animals = await Promise.all(
      STOCKS.map((stock, k) => insertAnimal(db, { stock, priceMinor: 5_000 + 1_000 * k })),
    );
    const initial = new Map(animals.map((a) => [a.id, a.stock]));
    const buyers: Buyer[] = [];
    for (let i = 0; i < BUYERS; i += 20) {
      const batch = await Promise.all(
        Array.from({ length: 20 }, () => quickCustomer({ db, clock: systemClock })),
      );
      for (const [j, customer] of batch.entries()) {
        const animal = animals[(i + j) % animals.length] ?? animals[0];
        if (!animal) throw new Error("no animals");
        const quantity = (i + j) % 6 === 5 ? 2 : 1;
        buyers.push({ ...customer, animalId: animal.id, quantity, priceMinor: animal.priceMinor });
      }
    }

    const env = { DATABASE_URL: url, PUBLIC_URL: SHOP, ORDER_HOLD_MINUTES: String(HOLD_MINUTES) };
    let serverA: ServerProcess = startServer(env);
    const serverB = startServer(env);
    const origins = await Promise.all([serverOrigin(serverA), serverOrigin(serverB)]);
    let restarted: Promise<number> | undefined;
    let killedUnder = 0;
    const inFlight = new Map<string, number>();
    const storm = await runStorm({
      buyers,
      shopOrigin: SHOP,
      arrivalAt: (buyer) => Math.floor(buyer / BURST) * BURST_EVERY_MS,
      origin: (buyer, attempt) => origins[(buyer + attempt) % 2] ?? "",
      inFlight,
      onProgress: (arrived) => {
        const busy = inFlight.get(origins[0] ?? "") ?? 0;
        if (restarted || arrived < KILL_AFTER || (busy < KILL_UNDER && arrived < BUYERS)) return;
        serverA.child.kill("SIGKILL");
        killedUnder = busy;
        const killed = performance.now();
        restarted = serverA.exited.then(async () => {
          serverA = startServer(env);
          origins[0] = await serverOrigin(serverA);
          return (performance.now() - killed) / 1000;
        });
      },
    });
    const downSeconds = await restarted;
    expect(restarted).toBeDefined();
    expect(serverA.child.exitCode).toBeNull();
    expect((await freshRequest(`${origins[0]}/readyz`)).status).toBe(200);

    const ordered = storm.results.flatMap((r) => (r.kind === "ordered" ? [r.orderId] : []));
    const soldOut = storm.results.filter((r) => r.kind === "sold-out").length;
    const failed = storm.results.flatMap((r) => (r.kind === "failed" ? [r.why] : []));
    const errors = Object.entries(storm.connectionErrors).map(([code, n]) => `${n} ${code}`);
    // The confirmation jobs drain on the surviving and the restarted server; one the killed server
    // held would wait for pg-boss's expiry, which is brought forward.
    const orphaned = await orphanedJobs(db, "order-confirmation");
    await expireNow(db, orphaned);
    await vi.waitFor(
      async () => {
        const unmailed = await db
          .selectFrom("orders")
          .select("id")
          .where("confirmationMailedAt", "is", null)
          .execute();
        expect(unmailed).toEqual([]);
      },
      { timeout: 30_000, interval: 250 },
    );

    const balance = await stockBalance(db, initial);
    const incomplete = await incompleteOrders(db);
    const mails = await mailsPerOrder(
      db,
      buyers.map((b) => b.email),
    );
    const holds = await badHolds(db, HOLD_MINUTES);
    const orders = await db.selectFrom("orders").select(["id", "status"]).execute();
    const units = await db
      .selectFrom("orderLines")
      .select((eb) => eb.fn.sum<string>("quantity").as("units"))
      .executeTakeFirstOrThrow();

    // The holds run out (moved into the past rather than waited for), and the expiry job runs.
    await db
      .updateTable("orders")
      .set({ expiresAt: sql`now() - interval '1 second'` })
      .where("status", "=", "pending_payment")
      .execute();
    const boss = new PgBoss({
      connectionString: url,
      schema: "pgboss",
      supervise: false,
      schedule: false,
      migrate: false,
    });
    await boss.start();
    await boss.send("expire-orders", {});
    await boss.stop({ graceful: false, wait: true });
    await vi.waitFor(
      async () => {
        const pending = await db
          .selectFrom("orders")
          .select("id")
          .where("status", "=", "pending_payment")
          .execute();
        expect(pending).toEqual([]);
      },
      { timeout: 20_000, interval: 250 },
    );
    const released = await stockBalance(db, initial);
    const restocked = (await db.selectFrom("animals").select(["id", "stock"]).execute()).filter(
      (a) => initial.get(a.id) === a.stock,
    );

    console.log(
      `kill -9 storm: ${BUYERS} buyers on 2 servers, ${sum(STOCKS)} units of ${STOCKS.length} animals; server A killed under ${killedUnder} requests, serving again after ${downSeconds?.toFixed(1)} s; ` +
        `${ordered.length} orders (${units.units} units), ${soldOut} sold-out 409s, ${failed.length} failed, connection errors: ${errors.join(", ") || "none"}`,
    );
    console.log(
      `kill -9 storm invariants: ${balance.balanced}/${balance.animals} animals balanced, ${incomplete.withoutLines} orders without lines, ${incomplete.withoutEvent} without their first event, ` +
        `${mails.exactlyOnce}/${orders.length} confirmations mailed exactly once (${orphaned.length} of their jobs orphaned by the kill), ${holds.length} holds wrong or past due; after the holds ran out: ${restocked.length}/${STOCKS.length} animals back to full stock, ${released.balanced}/${released.animals} balanced`,
    );

    expect(failed).toEqual([]);
    expect(sum(Object.values(storm.connectionErrors))).toBeGreaterThan(0);
    expect(new Set(ordered).size).toBe(ordered.length);
    expect(orders.map((o) => o.id).sort()).toEqual([...ordered].sort());
    expect(Number(units.units)).toBe(sum(STOCKS));
    expect(ordered.length + soldOut).toBe(BUYERS);
    expect(balance.unbalanced).toEqual([]);
    expect(incomplete).toEqual({ withoutLines: 0, withoutEvent: 0 });
    expect(mails.wrong).toEqual([]);
    expect(mails.exactlyOnce).toBe(orders.length);
    expect(holds).toEqual([]);
    expect(restocked).toHaveLength(STOCKS.length);
  }, 120_000);
});
