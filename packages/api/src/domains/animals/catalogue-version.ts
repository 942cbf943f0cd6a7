import type { Database } from "@petshop/db";
import { type Kysely, sql } from "kysely";

// One number that changes whenever what the catalogue shows changes (staff edits, and the stock
// every checkout takes). Public catalogue responses carry it in their ETag, so a revalidation costs
// one small read instead of the catalogue query, and every server agrees because the number lives
// in PostgreSQL. It is the sum of CATALOGUE_VERSION_SLOTS rows, and a write bumps one of them, so
// concurrent checkouts do not queue on one row's lock (docs/decisions/017-catalogue-version.md).

export const CATALOGUE_VERSION_SLOTS = 16;

export async function readCatalogueVersion(db: Kysely<Database>): Promise<string> {
  const { rows } = await sql<{
    version: string;
  }>`select sum(version)::text as version from catalogue_version`.execute(db);
  const version = rows[0]?.version;
  if (version === undefined) throw new Error("catalogue_version has no rows: run the migrations");
  return version;
}

/** Call inside the transaction of every write that changes what the catalogue shows. */
export async function bumpCatalogueVersion(db: Kysely<Database>): Promise<void> {
  await db
    .updateTable("catalogueVersion")
    .set({ version: sql`version + 1`, updatedAt: sql`now()` })
    .where("slot", "=", Math.floor(Math.random() * CATALOGUE_VERSION_SLOTS))
    .execute();
}
