import type { Database } from "@petshop/db";
import { type Kysely, sql, type Transaction } from "kysely";
import { bumpCatalogueVersion } from "./catalogue-version";
import type { AnimalRecord, ImportAnimalsInput } from "./schemas";

// Staff import listings in bulk: each record is upserted by its slug, one transaction per call, so
// a batch lands whole or not at all and a second run of the same file changes nothing.

export type ImportOutcome = "created" | "updated" | "unchanged" | "refused";

export interface ImportResult {
  slug: string;
  outcome: ImportOutcome;
  /** Why a record was refused. */
  message?: string;
}

/** The fields a record sets, compared one by one to tell "updated" from "unchanged". */
const COMPARED = [
  "name",
  "species",
  "breed",
  "sex",
  "birthDate",
  "description",
  "priceMinor",
  "currency",
  "stock",
  "status",
] as const satisfies readonly (keyof AnimalRecord)[];

type Current = Pick<AnimalRecord, (typeof COMPARED)[number]> & { id: string; slug: string };

const differs = (current: Current, record: AnimalRecord) => COMPARED.some((f) => current[f] !== record[f]);

/** The listings the records name, locked in slug order so two imports cannot deadlock. */
async function lockExisting(trx: Transaction<Database>, slugs: string[]) {
  const rows = await trx
    .selectFrom("animals")
    .select(["id", "slug", ...COMPARED])
    .where("slug", "in", slugs)
    .orderBy("slug")
    .forUpdate()
    .execute();
  return new Map<string, Current>(rows.map((row) => [row.slug, row]));
}

async function insertNew(trx: Transaction<Database>, records: AnimalRecord[], actorId: string) {
  if (records.length === 0) return new Set<string>();
  // A listing another import created since the lock was taken is left alone, not overwritten.
  const created = await trx
    .insertInto("animals")
    .values(records.map((record) => ({ ...record, images: "[]" })))
    .onConflict((oc) => oc.column("slug").doNothing())
    .returning(["id", "slug", "stock"])
    .execute();
  const stocked = created.filter((row) => row.stock > 0);
  if (stocked.length > 0) {
    await trx
      .insertInto("stockAdjustments")
      .values(
        stocked.map((row) => ({
          animalId: row.id,
          delta: row.stock,
          stockAfter: row.stock,
          reason: "Imported",
          actorId,
        })),
      )
      .execute();
  }
  return new Set(created.map((row) => row.slug));
}

async function updateChanged(
  trx: Transaction<Database>,
  changes: { current: Current; record: AnimalRecord }[],
  actorId: string,
) {
  const adjustments = [];
  for (const { current, record } of changes) {
    const { slug, ...fields } = record;
    await trx
      .updateTable("animals")
      .set({ ...fields, version: sql`version + 1`, updatedAt: sql`now()` })
      .where("id", "=", current.id)
      .execute();
    if (record.stock !== current.stock) {
      adjustments.push({
        animalId: current.id,
        delta: record.stock - current.stock,
        stockAfter: record.stock,
        reason: "Imported",
        actorId,
      });
    }
  }
  if (adjustments.length > 0) await trx.insertInto("stockAdjustments").values(adjustments).execute();
}

/**
 * Creates the records whose slug is new and updates those that differ, in one transaction; with
 * `dryRun` it only says what it would do. Results are in the order of `input.rows`.
 */
export async function importAnimals(
  db: Kysely<Database>,
  input: ImportAnimalsInput,
  actorId: string,
): Promise<ImportResult[]> {
  return db.transaction().execute(async (trx) => {
    const existing = await lockExisting(
      trx,
      input.rows.map((r) => r.slug),
    );
    const fresh: AnimalRecord[] = [];
    const changed: { current: Current; record: AnimalRecord }[] = [];
    for (const record of input.rows) {
      const current = existing.get(record.slug);
      if (!current) fresh.push(record);
      else if (differs(current, record)) changed.push({ current, record });
    }
    const outcomeOf = (record: AnimalRecord): ImportOutcome => {
      const current = existing.get(record.slug);
      if (!current) return "created";
      return differs(current, record) ? "updated" : "unchanged";
    };
    if (input.dryRun) return input.rows.map((r) => ({ slug: r.slug, outcome: outcomeOf(r) }));

    const inserted = await insertNew(trx, fresh, actorId);
    await updateChanged(trx, changed, actorId);
    if (inserted.size > 0 || changed.length > 0) await bumpCatalogueVersion(trx);
    return input.rows.map((record): ImportResult => {
      const outcome = outcomeOf(record);
      if (outcome === "created" && !inserted.has(record.slug)) {
        return {
          slug: record.slug,
          outcome: "refused",
          message: "Another import created this slug at the same moment; run the import again.",
        };
      }
      return { slug: record.slug, outcome };
    });
  });
}
