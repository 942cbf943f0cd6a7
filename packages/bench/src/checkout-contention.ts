import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { systemClock } from "@petshop/api";
import { callerWith, fillCart, insertAnimal, quickCustomer, testDeps } from "@petshop/api/testing";
import { loadConfig } from "@petshop/config";
import { createDatabase, type Database } from "@petshop/db";
import { migrateToLatest } from "@petshop/migrations";
import { type Kysely, sql } from "kysely";

// `pnpm bench:checkout`: does the catalogue version, bumped inside every checkout's transaction,
// limit how many checkouts PostgreSQL completes at once? Buyers of distinct animals (no stock
// contention) check out through the real procedure at rising concurrency, twice: as the shop runs,
// then with a rule that turns the bump into nothing (no version row is locked at all). A sampler
// counts checkouts waiting for a version row's lock. Prints a table; a measurement, not a test (the
// second run of each pair tends to be faster on a warm database: read the waits first).
// It makes (and drops) a database of its own on DATABASE_URL's server. Decision 017 has the figures.

const { values: args } = parseArgs({
  options: {
    buyers: { type: "string", default: "256" },
    concurrency: { type: "string", default: "1,8,32,64" },
  },
});
const BUYERS = Number(args.buyers);
const LEVELS = args.concurrency.split(",").map(Number);

const config = loadConfig();
if (config.database.kind !== "postgres") {
  console.error("pnpm bench:checkout needs DATABASE_URL: a PostgreSQL server it may make a database on.");
  process.exit(2);
}
const serverUrl = config.database.url;
const name = `petshop_checkout_bench_${process.pid}`;
const url = new URL(serverUrl);
url.pathname = `/${name}`;

const admin = createDatabase({ kind: "postgres", url: serverUrl, poolMax: 1 });
await sql`create database ${sql.id(name)}`.execute(admin);

type Db = Kysely<Database>;

/** Buyers with a session and one distinct animal in their cart each. */
async function buyers(db: Db, count: number) {
  const deps = { db, clock: systemClock };
  const made = [];
  for (let i = 0; i < count; i++) {
    const animal = await insertAnimal(db, { stock: 10, priceMinor: 5_000 });
    const customer = await quickCustomer(deps);
    await fillCart(deps, customer.id, [{ animalId: animal.id, quantity: 1 }]);
    made.push({ ...customer, totalMinor: animal.priceMinor });
  }
  return made;
}

/** Checkouts waiting on a lock of catalogue_version, sampled every 2 ms while `running()`. */
async function sampleWaits(db: Db, running: () => boolean) {
  let samples = 0;
  let waiting = 0;
  let peak = 0;
  while (running()) {
    const { rows } = await sql<{ n: number }>`
      select count(*)::int as n from pg_stat_activity
      where datname = current_database() and wait_event_type = 'Lock' and query ilike '%catalogue_version%'`.execute(
      db,
    );
    const n = rows[0]?.n ?? 0;
    samples += 1;
    waiting += n;
    peak = Math.max(peak, n);
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
  return { meanWaiting: samples ? waiting / samples : 0, peak };
}

async function round(db: Db, sampler: Db, concurrency: number) {
  const deps = testDeps(db);
  const queue = await buyers(db, BUYERS);
  let running = true;
  const waits = sampleWaits(sampler, () => running);
  const started = performance.now();
  let failed = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let buyer = queue.pop(); buyer; buyer = queue.pop()) {
        const { caller } = await callerWith(deps, { cookie: buyer.cookie });
        await caller.orders
          .checkout({
            idempotencyKey: `bench-${buyer.id}`,
            expectedTotalMinor: buyer.totalMinor,
            contact: { name: "Bench Buyer", email: buyer.email },
            fulfilment: { method: "pickup" },
          })
          .catch(() => {
            failed += 1;
          });
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  running = false;
  return { perSecond: BUYERS / seconds, failed, ...(await waits) };
}

const rows: string[][] = [
  [
    "concurrency",
    "with the row: checkouts/s",
    "waiting on it (mean / peak)",
    "without: checkouts/s",
    "ratio",
  ],
];
try {
  const db = createDatabase({ kind: "postgres", url: url.toString(), poolMax: Math.max(...LEVELS) + 2 });
  const sampler = createDatabase({ kind: "postgres", url: url.toString(), poolMax: 1 });
  await migrateToLatest(db);
  for (const concurrency of LEVELS) {
    const withRow = await round(db, sampler, concurrency);
    await sql`create rule skip_version_bump as on update to catalogue_version do instead nothing`.execute(db);
    const without = await round(db, sampler, concurrency);
    await sql`drop rule skip_version_bump on catalogue_version`.execute(db);
    if (withRow.failed || without.failed)
      throw new Error(`${withRow.failed + without.failed} checkouts failed`);
    rows.push([
      String(concurrency),
      withRow.perSecond.toFixed(0),
      `${withRow.meanWaiting.toFixed(2)} / ${withRow.peak}`,
      without.perSecond.toFixed(0),
      (withRow.perSecond / without.perSecond).toFixed(2),
    ]);
    console.log(`concurrency ${concurrency} done`);
  }
  await Promise.all([db.destroy(), sampler.destroy()]);
} finally {
  await sql`drop database if exists ${sql.id(name)} with (force)`.execute(admin);
  await admin.destroy();
}
const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? "").length))) ?? [];
for (const row of rows)
  console.log(`| ${row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(" | ")} |`);
console.log(
  `${BUYERS} buyers per round, each buying one unit of an animal of their own (PostgreSQL, ${serverUrl.replace(/\/\/[^@]*@/, "//")})`,
);
