import type { Database } from "@petshop/db";
import { type Kysely, sql } from "kysely";

// One number that changes whenever staff change the catalogue. Public catalogue responses carry it
// in their ETag, so a revalidation costs one primary-key read instead of the catalogue query, and
// every server instance agrees because the number lives in PostgreSQL.

export async function readCatalogueVersion(db: Kysely<Database>): Promise<string> {
  const row = await db.selectFrom("catalogueVersion").select("version").executeTakeFirstOrThrow();
  return row.version;
}

/** Call inside the transaction of every write that changes what the catalogue shows. */
export async function bumpCatalogueVersion(db: Kysely<Database>): Promise<void> {
  await db
    .updateTable("catalogueVersion")
    .set({ version: sql`version + 1`, updatedAt: sql`now()` })
    .execute();
}
