import { ANIMAL_SEXES, ANIMAL_STATUSES, SPECIES } from "@petshop/db";
import { type Kysely, sql } from "kysely";

// Migrations are frozen once released: they spell out their SQL rather than import today's
// schema types, so a later change to the types never rewrites history. The value lists are the
// exception; a change to them needs a new migration that replaces the CHECK constraint.

const oneOf = (column: string, values: readonly string[]) =>
  sql`${sql.ref(column)} in (${sql.join(values.map((v) => sql.lit(v)))})`;

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("animals")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("slug", "text", (c) => c.notNull().unique())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("species", "text", (c) => c.notNull())
    .addColumn("breed", "text", (c) => c.notNull())
    .addColumn("sex", "text", (c) => c.notNull())
    .addColumn("birth_date", "date", (c) => c.notNull())
    .addColumn("description", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("images", "jsonb", (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn("price_minor", "integer", (c) => c.notNull())
    .addColumn("currency", "text", (c) => c.notNull())
    .addColumn("stock", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("status", "text", (c) => c.notNull().defaultTo("draft"))
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    // Millisecond precision: timestamps travel as ISO strings (ms) and come back in cursors,
    // so the stored value must be exactly what the client saw.
    .addColumn("created_at", sql`timestamptz(3)`, (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("updated_at", sql`timestamptz(3)`, (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint("animals_slug_format", sql`slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(slug) <= 120`)
    .addCheckConstraint("animals_name_length", sql`length(btrim(name)) between 1 and 120`)
    .addCheckConstraint("animals_breed_length", sql`length(btrim(breed)) between 1 and 120`)
    .addCheckConstraint("animals_species_known", oneOf("species", SPECIES))
    .addCheckConstraint("animals_sex_known", oneOf("sex", ANIMAL_SEXES))
    .addCheckConstraint("animals_status_known", oneOf("status", ANIMAL_STATUSES))
    .addCheckConstraint("animals_images_array", sql`jsonb_typeof(images) = 'array'`)
    .addCheckConstraint("animals_price_non_negative", sql`price_minor >= 0`)
    .addCheckConstraint("animals_currency_iso", sql`currency ~ '^[A-Z]{3}$'`)
    .addCheckConstraint("animals_stock_non_negative", sql`stock >= 0`)
    .addCheckConstraint("animals_version_positive", sql`version >= 1`)
    .execute();

  // The catalogue's hot paths: customers only ever see active listings, sorted newest-first or by
  // price, optionally within one species. Each index ends with id, the tie-breaker of the cursor.
  // Price descending is the backward scan of the ascending index.
  const active = sql<boolean>`status = 'active'`;
  await db.schema
    .createIndex("animals_active_newest_idx")
    .on("animals")
    .columns(["created_at desc", "id desc"])
    .where(active)
    .execute();
  await db.schema
    .createIndex("animals_active_species_newest_idx")
    .on("animals")
    .columns(["species", "created_at desc", "id desc"])
    .where(active)
    .execute();
  await db.schema
    .createIndex("animals_active_price_idx")
    .on("animals")
    .columns(["price_minor", "id"])
    .where(active)
    .execute();
  await db.schema
    .createIndex("animals_active_species_price_idx")
    .on("animals")
    .columns(["species", "price_minor", "id"])
    .where(active)
    .execute();
  // Staff list every status, newest first.
  await db.schema
    .createIndex("animals_status_newest_idx")
    .on("animals")
    .columns(["status", "created_at desc", "id desc"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("animals").execute();
}
