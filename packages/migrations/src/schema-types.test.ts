import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "./testing";
import { type DeclaredColumn, type DeclaredKind, declaredSchema } from "./testing/declared-schema";

// The `Database` interface (packages/db/src/schema.ts) is written by hand beside the migrations;
// this holds it against the migrated database, table by table and column by column: names,
// nullability and the kind of value read. A migration without its type change fails here.

let testDb: TestDatabase;
beforeAll(async () => {
  testDb = await createTestDatabase();
});
afterAll(() => testDb?.destroy());

/** What the driver hands back for each column type (see packages/db/src/type-parsers.ts). */
const KIND_OF: Record<string, DeclaredKind> = {
  text: "string",
  "character varying": "string",
  uuid: "string",
  date: "string",
  "timestamp with time zone": "string",
  // A JS number loses precision past 2^53, so bigint stays a string.
  bigint: "string",
  tsvector: "string",
  integer: "number",
  smallint: "number",
  boolean: "boolean",
  jsonb: "json",
};

const camel = (name: string) => name.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());

async function migratedSchema() {
  const { rows } = await sql<{ table: string; column: string; type: string; nullable: string }>`
    select table_name as "table", column_name as "column", data_type as "type", is_nullable as nullable
    from information_schema.columns
    where table_schema = 'public' and table_name not like 'kysely_migration%'
    order by table_name, ordinal_position`.execute(testDb.db);
  const schema: Record<string, Record<string, DeclaredColumn | string>> = {};
  for (const row of rows) {
    const kind = KIND_OF[row.type];
    const table = schema[camel(row.table)] ?? {};
    schema[camel(row.table)] = table;
    table[camel(row.column)] = kind
      ? { kind, nullable: row.nullable === "YES" }
      : `a ${row.type} column: add its kind to this test`;
  }
  return schema;
}

describe("schema.ts against the migrated database", () => {
  it("declares every table and column, with the nullability and kind the database has", async () => {
    expect(declaredSchema()).toEqual(await migratedSchema());
  });
});
