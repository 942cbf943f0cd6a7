import { insertAnimal } from "@petshop/api/testing";
import { createDatabase } from "@petshop/db";
import { createTestDatabase, type TestDatabase } from "@petshop/migrations/testing";
import { sql } from "kysely";
import { afterAll, describe, expect, inject, it, vi } from "vitest";
import { z } from "zod";
import { SHUTTING_DOWN } from "../routes/health";
import { exitWithin, killServers, serverOrigin, startServer } from "../test-support/processes";
import { freshRequest, type Outcome, trpcData } from "./http";

// SIGTERM while requests are in flight, on a real server process over PostgreSQL. The test holds
// every catalogue read in the database (it locks the animals table), so the requests are truly
// mid-flight when the signal arrives; then: /readyz turns 503, new connections are refused, the
// held requests are let go and each is answered 200, and the process exits 0 in bounded time.

const onPostgres = inject("testDatabaseTemplate").kind === "postgres";
const IN_FLIGHT = 30;

let testDb: TestDatabase | undefined;

afterAll(async () => {
  await killServers();
  await testDb?.destroy();
});

/** Locks the animals table in a transaction of its own until `release()`: every read of it waits. */
async function lockAnimals(url: string) {
  const lockDb = createDatabase({ kind: "postgres", url, poolMax: 1 });
  let release = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  let locked = () => {};
  const taken = new Promise<void>((resolve) => {
    locked = resolve;
  });
  const holding = lockDb.transaction().execute(async (trx) => {
    await sql`lock table animals in access exclusive mode`.execute(trx);
    locked();
    await released;
  });
  await Promise.race([taken, holding]);
  let ended: Promise<void> | undefined;
  return {
    release() {
      release();
      ended ??= holding.finally(() => lockDb.destroy());
      return ended;
    },
  };
}

const elapsed = (since: number) => Math.round(performance.now() - since);

/** Polls `probe` on fresh connections until `done` says so; returns every outcome seen, in order. */
async function pollUntil(probe: () => Promise<Outcome>, done: (o: Outcome) => boolean, timeoutMs: number) {
  const seen: Outcome[] = [];
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    const outcome = await probe();
    seen.push(outcome);
    if (done(outcome)) return seen;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`gave up after ${timeoutMs} ms; last: ${JSON.stringify(seen.at(-1))}`);
}

describe.runIf(onPostgres)("SIGTERM under load (PostgreSQL)", () => {
  it("turns unready, answers every request in flight, then refuses new connections and exits 0", async () => {
    testDb = await createTestDatabase();
    const { db, url = "" } = testDb;
    await insertAnimal(db, { stock: 3 });
    const server = startServer({ DATABASE_URL: url, DATABASE_POOL_MAX: String(IN_FLIGHT + 5) });
    const origin = await serverOrigin(server);
    // Each its own page size: a call asked before is answered from memory, without the database.
    const list = (limit: number) =>
      `${origin}/trpc/animals.list?input=${encodeURIComponent(JSON.stringify({ limit }))}`;
    expect((await freshRequest(list(IN_FLIGHT + 1))).status).toBe(200);

    const lock = await lockAnimals(url);
    try {
      const requests = Array.from({ length: IN_FLIGHT }, (_, i) => freshRequest(list(i + 1)));
      // In flight for certain: each has its own database connection, waiting on the test's lock.
      await vi.waitFor(
        async () => {
          // Asked outside the locking transaction, inside which the view would not change.
          const { rows } = await sql<{ n: number }>`
            select count(*)::int as n from pg_stat_activity
            where datname = current_database() and wait_event = 'relation'`.execute(db);
          expect(rows[0]?.n).toBe(IN_FLIGHT);
        },
        { timeout: 15_000, interval: 50 },
      );

      const signalled = performance.now();
      server.child.kill("SIGTERM");
      const probes = await pollUntil(
        () => freshRequest(`${origin}/readyz`),
        (o) => o.status === 503,
        5_000,
      );
      const unreadyMs = elapsed(signalled);
      const last = probes.at(-1);
      expect(last && "body" in last ? JSON.parse(last.body) : last).toEqual(SHUTTING_DOWN);

      const whileDraining = await pollUntil(
        () => freshRequest(`${origin}/readyz`),
        (o) => o.status === "error" && o.code === "ECONNREFUSED",
        15_000,
      );
      const refusedMs = elapsed(signalled);
      // Once unready, it stays unready until the listener closes. A probe that connects in the very
      // moment the listener closes may be reset rather than refused: at most that one.
      const beforeRefusal = whileDraining.slice(0, -1);
      const reset = beforeRefusal.filter((o) => o.status === "error" && o.code === "ECONNRESET");
      expect(reset.length).toBeLessThanOrEqual(1);
      expect(beforeRefusal.every((o) => o.status === 503 || reset.includes(o))).toBe(true);

      await lock.release();
      const answered = await Promise.all(requests);
      const code = await exitWithin(server, 30_000);
      const exitSeconds = (elapsed(signalled) / 1000).toFixed(1);
      const ok = answered.filter(
        (o) => trpcData(o, z.object({ items: z.array(z.unknown()) }))?.items.length === 1,
      );
      const closing = answered.filter((o) => "headers" in o && o.headers.connection === "close");
      console.log(
        `SIGTERM: ${IN_FLIGHT} requests in flight, ${ok.length} completed 200 (${closing.length} with Connection: close), readyz 503 after ${unreadyMs} ms, new connections refused after ${refusedMs} ms (ECONNREFUSED), exit ${code} in ${exitSeconds} s`,
      );
      expect(ok).toHaveLength(IN_FLIGHT);
      expect(closing).toHaveLength(IN_FLIGHT);
      expect(unreadyMs).toBeLessThan(refusedMs);
      expect(code).toBe(0);
      expect(server.stderr()).toBe("");
    } finally {
      await lock.release();
    }
  }, 90_000);
});
