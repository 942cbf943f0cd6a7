import { type Kysely, sql } from "kysely";

// Rate limits on public writes (registration, password-reset requests, anonymous carts), shared
// by every instance: one row per limited key holding its "theoretical arrival time" (GCRA, see
// packages/api/src/auth/rate-limits.ts). A row whose moment has passed means the same as no row.

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("rate_limits")
    // "<rule>:<address>" or "<rule>:<email>".
    .addColumn("key", "text", (c) => c.primaryKey())
    // When the key has its whole allowance back.
    .addColumn("free_at", sql`timestamptz(3)`, (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("rate_limits").execute();
}
