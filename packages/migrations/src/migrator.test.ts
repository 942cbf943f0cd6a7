import { type Kysely, sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrations } from "./migrations";
import {
  MigrationError,
  migrateToLatest,
  migrationStatus,
  pendingMigrations,
  rollbackAll,
  rollbackOne,
} from "./migrator";
import { createTestDatabase, type TestDatabase } from "./testing";

let testDb: TestDatabase;
beforeAll(async () => {
  testDb = await createTestDatabase();
});
afterAll(() => testDb?.destroy());

async function tables<DB>(db: Kysely<DB>): Promise<string[]> {
  const { rows } = await sql<{ name: string }>`
    select table_name as name from information_schema.tables
    where table_schema = 'public' and table_name not like 'kysely_migration%'
    order by table_name`.execute(db);
  return rows.map((r) => r.name);
}

const allNames = Object.keys(migrations);

describe("migrations", () => {
  it("start from a migrated template with nothing pending", async () => {
    expect(await pendingMigrations(testDb.db)).toEqual([]);
    expect(await tables(testDb.db)).toContain("animals");
  });

  it("migrating again is a no-op", async () => {
    expect(await migrateToLatest(testDb.db)).toEqual([]);
  });

  it("include the reports' partial indexes (0006)", async () => {
    const { rows } = await sql<{ name: string; definition: string }>`
      select indexname as name, indexdef as definition from pg_indexes
      where indexname in ('order_events_paid_idx', 'refunds_succeeded_idx', 'orders_attention_idx')
      order by indexname`.execute(testDb.db);
    expect(rows.map((r) => r.name)).toEqual([
      "order_events_paid_idx",
      "orders_attention_idx",
      "refunds_succeeded_idx",
    ]);
    expect(rows.every((r) => r.definition.includes(" WHERE "))).toBe(true);
  });

  it("go down to empty, up from empty, and down and up again", async () => {
    expect(await rollbackAll(testDb.db)).toEqual([...allNames].reverse());
    expect(await tables(testDb.db)).toEqual([]);
    expect(await pendingMigrations(testDb.db)).toEqual(allNames);

    expect(await migrateToLatest(testDb.db)).toEqual(allNames);
    expect(await tables(testDb.db)).toEqual([
      "animals",
      "api_tokens",
      "auth_throttles",
      "cart_lines",
      "carts",
      "catalogue_version",
      "mail_outbox",
      "order_events",
      "order_lines",
      "orders",
      "password_reset_tokens",
      "payment_events",
      "payments",
      "rate_limits",
      "refunds",
      "sessions",
      "stock_adjustments",
      "users",
    ]);

    await rollbackAll(testDb.db);
    expect(await tables(testDb.db)).toEqual([]);
    expect(await migrateToLatest(testDb.db)).toEqual(allNames);
    expect((await migrationStatus(testDb.db)).every((m) => m.executedAt instanceof Date)).toBe(true);
  });

  it("roll back one step at a time", async () => {
    const last = allNames.at(-1);
    expect(await rollbackOne(testDb.db)).toEqual([last]);
    expect(await pendingMigrations(testDb.db)).toEqual([last]);
    await migrateToLatest(testDb.db);
  });

  it("leave the database as it was when one of a batch fails", async () => {
    await rollbackAll(testDb.db);
    const broken = {
      ...migrations,
      "9999_broken": {
        async up(db: Kysely<unknown>) {
          await db.schema.createTable("half_done").addColumn("id", "integer").execute();
          await sql`select * from table_that_does_not_exist`.execute(db);
        },
      },
    };
    await expect(migrateToLatest(testDb.db, broken)).rejects.toThrow(MigrationError);
    await expect(migrateToLatest(testDb.db, broken)).rejects.toThrow(/9999_broken failed/);
    expect(await tables(testDb.db)).toEqual([]);
    expect(await pendingMigrations(testDb.db)).toEqual(allNames);
    await migrateToLatest(testDb.db);
  });
});
