import { createDatabase } from "@petshop/db";
import { migrations } from "@petshop/migrations";
import { createTestDatabase } from "@petshop/migrations/testing";
import { sql } from "kysely";
import { afterEach, describe, expect, inject, it } from "vitest";
import { QUEUES, SCHEDULED_JOBS } from "../jobs/registry";
import {
  killServers,
  type ServerProcess,
  serverOrigin,
  startServer,
  waitForOutput,
} from "../test-support/processes";
import { freshRequest } from "./http";

// Several processes started at the same moment on a database no shop process has touched: every
// one comes up. Once on a migrated database (the job queue's schema and queues are made by whoever
// gets there first) and once on an empty one (the migrations too), with a job worker among them.
// PostgreSQL only: PGlite is one process's database.

const template = inject("testDatabaseTemplate");
const onPostgres = template.kind === "postgres";
const PROCESSES = 4;

afterEach(killServers);

/** Runs `query` on one connection of its own to `url`, then closes it. */
async function onDatabase<T>(url: string, query: (db: ReturnType<typeof createDatabase>) => Promise<T>) {
  const db = createDatabase({ kind: "postgres", url, poolMax: 1 });
  try {
    return await query(db);
  } finally {
    await db.destroy();
  }
}

/** Starts `servers` servers and `workers` job workers at once; resolves when each is up or failed. */
async function startTogether(url: string, servers: number, workers: number) {
  const env = { DATABASE_URL: url, LOG_LEVEL: "info" };
  const processes: ServerProcess[] = [
    ...Array.from({ length: servers }, () => startServer(env)),
    ...Array.from({ length: workers }, () => startServer(env, "src/worker.ts")),
  ];
  const started = performance.now();
  const outcomes = await Promise.allSettled(
    processes.map(async (p, i) => {
      if (i >= servers) return void (await waitForOutput(p, /"msg":"job worker running"/));
      const origin = await serverOrigin(p);
      const ready = await freshRequest(`${origin}/readyz`);
      if (ready.status !== 200) throw new Error(`/readyz answered ${JSON.stringify(ready)}`);
    }),
  );
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const failures = outcomes.flatMap((o) => (o.status === "rejected" ? [String(o.reason).slice(0, 300)] : []));
  const migratedBy = processes.filter((p) => p.stdout().includes('"msg":"migrated"')).length;
  return { ready: outcomes.length - failures.length, failures, seconds, migratedBy };
}

/** What the shared start-up state looks like afterwards: each piece made exactly once. */
/** Every migration applied, pg-boss's schema made once, every queue and schedule there once. */
const SET_UP_ONCE = {
  migrations: Object.keys(migrations).length,
  bossVersions: 1,
  queues: QUEUES.length,
  schedules: Object.keys(SCHEDULED_JOBS).length,
};

async function sharedState(url: string) {
  const { rows } = await onDatabase(url, (db) =>
    sql<{ migrations: number; bossVersions: number; queues: number; schedules: number }>`
      select (select count(*)::int from kysely_migration) as migrations,
             (select count(*)::int from pgboss.version) as "bossVersions",
             (select count(*)::int from pgboss.queue where name = any(${[...QUEUES]}::text[])) as queues,
             (select count(*)::int from pgboss.schedule) as schedules`.execute(db),
  );
  return rows[0];
}

describe.runIf(onPostgres)("instances starting together (PostgreSQL)", () => {
  it(`brings up ${PROCESSES} servers at once on a migrated database the shop never ran`, async () => {
    const testDb = await createTestDatabase();
    try {
      const run = await startTogether(testDb.url ?? "", PROCESSES, 0);
      console.log(
        `startup: ${PROCESSES} processes on a fresh migrated database, ${run.ready} ready in ${run.seconds} s, ${run.failures.length} failed${run.failures.length ? `: ${run.failures.join(" | ")}` : ""}`,
      );
      expect(run.failures).toEqual([]);
      expect(run.migratedBy).toBe(0);
      expect(await sharedState(testDb.url ?? "")).toEqual(SET_UP_ONCE);
    } finally {
      await killServers();
      await testDb.destroy();
    }
  }, 120_000);

  it(`brings up ${PROCESSES - 1} servers and a job worker at once on an empty database`, async () => {
    const serverUrl = template.kind === "postgres" ? template.serverUrl : "";
    const name = `petshop_fault_empty_${process.pid}_${Date.now()}`;
    await onDatabase(serverUrl, (db) => sql`create database ${sql.id(name)}`.execute(db));
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    try {
      const run = await startTogether(url.toString(), PROCESSES - 1, 1);
      console.log(
        `startup: ${PROCESSES} processes (${PROCESSES - 1} servers, 1 worker) on an empty database, ${run.ready} ready in ${run.seconds} s, ${run.failures.length} failed, migrations applied by ${run.migratedBy}${run.failures.length ? `: ${run.failures.join(" | ")}` : ""}`,
      );
      expect(run.failures).toEqual([]);
      expect(run.migratedBy).toBe(1);
      expect(await sharedState(url.toString())).toEqual(SET_UP_ONCE);
    } finally {
      await killServers();
      await onDatabase(serverUrl, (db) =>
        sql`drop database if exists ${sql.id(name)} with (force)`.execute(db),
      );
    }
  }, 120_000);
});
