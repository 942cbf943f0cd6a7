import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrateToLatest, rollbackOne } from "../migrator";
import { createTestDatabase, type TestDatabase } from "../testing";

// The catalogue version spread over slots keeps its value both ways, so no ETag changes meaning
// across the migration, and the old code's bump (every row) still raises it.

let testDb: TestDatabase;
beforeAll(async () => {
  testDb = await createTestDatabase();
});
afterAll(() => testDb?.destroy());

const version = async () =>
  (
    await sql<{ version: string }>`select sum(version)::text as version from catalogue_version`.execute(
      testDb.db,
    )
  ).rows[0]?.version;

describe("0008: the catalogue version in 16 slots", () => {
  it("keeps the version when it spreads it over slots, and when it folds them back", async () => {
    await sql`update catalogue_version set version = version + 7 where slot = 3`.execute(testDb.db);
    await sql`update catalogue_version set version = version + 2 where slot = 15`.execute(testDb.db);
    const spread = await version();

    expect(await rollbackOne(testDb.db)).toEqual(["0008_catalogue_version_slots"]);
    const folded = await sql<{
      version: string;
    }>`select version::text as version from catalogue_version`.execute(testDb.db);
    expect(folded.rows.map((row) => row.version)).toEqual([spread]);

    expect(await migrateToLatest(testDb.db)).toEqual(["0008_catalogue_version_slots"]);
    expect(await version()).toBe(spread);
    const slots = await sql<{ n: number }>`select count(*)::int as n from catalogue_version`.execute(
      testDb.db,
    );
    expect(slots.rows[0]?.n).toBe(16);
  });

  it("still rises under the previous version's bump, which updates every row", async () => {
    const before = BigInt((await version()) ?? "0");
    await sql`update catalogue_version set version = version + 1`.execute(testDb.db);
    expect(BigInt((await version()) ?? "0")).toBeGreaterThan(before);
  });
});
