import { type Database, openDatabase, preparingPool } from "@petshop/db";
import { CamelCasePlugin, Kysely, PostgresDialect, sql } from "kysely";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { migrateToLatest, rollbackOne } from "./migrator";
import { createTestDatabase, type TestDatabase } from "./testing";

// Named prepared statements (packages/db/src/prepared-statements.ts) against a real PostgreSQL:
// planned once per connection, never inside a transaction, bounded per connection, and a
// migration that changes what a statement returns never reaches the caller as an error.
// PGlite has no pool of its own and is left as it is, so these run only on PostgreSQL.

const onPostgres = inject("testDatabaseTemplate").kind === "postgres";

interface Probe {
  id: number;
  label: number | string;
}

let testDb: TestDatabase;
/** One connection, so pg_prepared_statements shows what this handle's session prepared. */
let db: Kysely<Database>;
/** Another session, as a migration run by another process would be. */
let migrating: pg.Client;

const prepared = async () =>
  (
    await sql<{
      statement: string;
    }>`select statement from pg_prepared_statements order by prepare_time`.execute(db)
  ).rows.map((r) => r.statement);

const slugRead = (slug: string) =>
  db.selectFrom("animals").select(["id", "slug"]).where("slug", "=", slug).execute();

describe.runIf(onPostgres)("prepared statements (PostgreSQL)", () => {
  beforeAll(async () => {
    testDb = await createTestDatabase();
    const url = testDb.url ?? "";
    db = openDatabase({ kind: "postgres", url, poolMax: 1 }).db;
    migrating = new pg.Client({ connectionString: url });
    await migrating.connect();
    await migrating.query("create table probe (id int primary key, label int not null)");
    await migrating.query("insert into probe values (1, 42)");
  });
  afterAll(async () => {
    await migrating?.end();
    await db?.destroy();
    await testDb?.destroy();
  });

  it("prepares a statement with parameters once per connection and reuses it", async () => {
    await slugRead("nobody");
    await slugRead("no-one");
    const statements = (await prepared()).filter((s) => s.includes('from "animals"'));
    expect(statements).toEqual(['select "id", "slug" from "animals" where "slug" = $1']);
  });

  it("names nothing inside a transaction", async () => {
    const before = await prepared();
    await db.transaction().execute(async (trx) => {
      await trx.selectFrom("animals").select("name").where("species", "=", "dog").execute();
    });
    expect(await prepared()).toEqual(before);
  });

  it("answers after a migration changes the type a prepared statement returns", async () => {
    const probe = db.withTables<{ probe: Probe }>();
    const read = () =>
      probe.selectFrom("probe").select("label").where("id", "=", 1).executeTakeFirstOrThrow();
    expect(await read()).toEqual({ label: 42 });
    await migrating.query("alter table probe alter column label type text using label::text");
    expect(await read()).toEqual({ label: "42" });
    expect(await read()).toEqual({ label: "42" });
    // The statement prepared before the change is gone; one prepared after it serves the read.
    expect((await prepared()).filter((s) => s.includes('from "probe"'))).toHaveLength(1);
  });

  it("which is what PostgreSQL refuses a plain named statement (the case above is real)", async () => {
    const client = new pg.Client({ connectionString: testDb.url ?? "" });
    await client.connect();
    try {
      const query = { name: "probe_read", text: "select label from probe where id = $1", values: [1] };
      await client.query(query);
      await migrating.query("alter table probe alter column label type varchar(20)");
      await expect(client.query(query)).rejects.toMatchObject({ code: "0A000" });
    } finally {
      await client.end();
    }
  });

  it("keeps answering across a real rollback and re-run of the latest migration", async () => {
    const version = () =>
      db.selectFrom("catalogueVersion").select("version").where("slot", "=", 0).executeTakeFirstOrThrow();
    await version();
    await rollbackOne(db);
    await migrateToLatest(db);
    expect(await version()).toMatchObject({ version: expect.anything() });
  });

  it("names at most the bound per connection; later statements run unnamed", async () => {
    const pool = new pg.Pool({ connectionString: testDb.url ?? "", max: 1 });
    const small = new Kysely<Database>({
      dialect: new PostgresDialect({ pool: preparingPool(pool, 2) }),
      plugins: [new CamelCasePlugin()],
    });
    try {
      await small.selectFrom("animals").select("id").where("slug", "=", "a").execute();
      await small.selectFrom("animals").select("name").where("slug", "=", "b").execute();
      const third = await small.selectFrom("animals").select("breed").where("slug", "=", "c").execute();
      expect(third).toEqual([]);
      const { rows } = await sql<{
        n: number;
      }>`select count(*)::int as n from pg_prepared_statements`.execute(small);
      expect(rows[0]?.n).toBe(2);
    } finally {
      await small.destroy();
    }
  });
});
