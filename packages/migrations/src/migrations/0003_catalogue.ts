import { type Kysely, sql } from "kysely";

// The catalogue grows up: full-text search, a record of every stock adjustment, and a version
// number bumped by every staff write, so caches can tell in one cheap read whether anything
// they hold may be stale.

export async function up(db: Kysely<unknown>): Promise<void> {
  // Weighted: a match in the name counts most, then the breed, then the description.
  await sql`
    alter table animals add column search tsvector generated always as (
      setweight(to_tsvector('english', name), 'A') ||
      setweight(to_tsvector('english', breed), 'B') ||
      setweight(to_tsvector('english', description), 'C')
    ) stored`.execute(db);
  await db.schema.createIndex("animals_search_idx").on("animals").using("gin").column("search").execute();
  await db.schema
    .alterTable("animals")
    .addCheckConstraint("animals_description_length", sql`length(description) <= 5000`)
    .execute();

  const active = sql<boolean>`status = 'active'`;
  await db.schema
    .createIndex("animals_active_name_idx")
    .on("animals")
    .columns(["name", "id"])
    .where(active)
    .execute();
  await db.schema
    .createIndex("animals_active_breed_idx")
    .on("animals")
    .column("breed")
    .where(active)
    .execute();
  await db.schema
    .createIndex("animals_active_birth_idx")
    .on("animals")
    .column("birth_date")
    .where(active)
    .execute();

  await db.schema
    .createTable("stock_adjustments")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("animal_id", "uuid", (c) => c.notNull().references("animals.id").onDelete("cascade"))
    .addColumn("delta", "integer", (c) => c.notNull())
    .addColumn("stock_after", "integer", (c) => c.notNull())
    .addColumn("reason", "text", (c) => c.notNull())
    .addColumn("actor_id", "uuid", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("created_at", sql`timestamptz(3)`, (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint("stock_adjustments_delta_non_zero", sql`delta <> 0`)
    .addCheckConstraint("stock_adjustments_after_non_negative", sql`stock_after >= 0`)
    .addCheckConstraint("stock_adjustments_reason_length", sql`length(btrim(reason)) between 1 and 200`)
    .execute();
  await db.schema
    .createIndex("stock_adjustments_animal_idx")
    .on("stock_adjustments")
    .columns(["animal_id", "created_at desc"])
    .execute();

  // One row: the catalogue's version. Every staff write to animals bumps it in its transaction.
  await db.schema
    .createTable("catalogue_version")
    .addColumn("singleton", "boolean", (c) => c.primaryKey().defaultTo(true))
    .addColumn("version", "bigint", (c) => c.notNull().defaultTo(1))
    .addColumn("updated_at", sql`timestamptz(3)`, (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint("catalogue_version_one_row", sql`singleton`)
    .execute();
  await sql`insert into catalogue_version (singleton) values (true)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("catalogue_version").execute();
  await db.schema.dropTable("stock_adjustments").execute();
  await db.schema.dropIndex("animals_active_birth_idx").execute();
  await db.schema.dropIndex("animals_active_breed_idx").execute();
  await db.schema.dropIndex("animals_active_name_idx").execute();
  await db.schema.alterTable("animals").dropConstraint("animals_description_length").execute();
  await db.schema.dropIndex("animals_search_idx").execute();
  await db.schema.alterTable("animals").dropColumn("search").execute();
}
