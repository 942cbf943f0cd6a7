import { type AnimalStatus, type Database, slugify } from "@petshop/db";
import { type Kysely, sql } from "kysely";
import { DomainError } from "../../domain-error";
import { bumpCatalogueVersion } from "./catalogue-version";
import { staffColumns } from "./columns";
import type { CreateAnimalInput, UpdateAnimalInput } from "./schemas";
import { retryOnSlugRace } from "./slug-race";

// Staff keep the inventory. Every write bumps the catalogue version in its own transaction.

/** `base`, or `base-2`, `base-3`… whichever is free now (a racer may take it: see slug-race.ts). */
async function freeSlug(db: Kysely<Database>, name: string, exceptId?: string): Promise<string> {
  const base = slugify(name) || "animal";
  let query = db.selectFrom("animals").select("slug").where("slug", "~", `^${base}(-[0-9]+)?$`);
  if (exceptId) query = query.where("id", "!=", exceptId);
  const taken = new Set((await query.execute()).map((r) => r.slug));
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** A new listing, a draft until staff publish it. */
export async function createAnimal(db: Kysely<Database>, input: CreateAnimalInput, actorId: string) {
  return retryOnSlugRace(() => createAnimalOnce(db, input, actorId));
}

async function createAnimalOnce(db: Kysely<Database>, input: CreateAnimalInput, actorId: string) {
  return db.transaction().execute(async (trx) => {
    const { images, stock, ...fields } = input;
    const animal = await trx
      .insertInto("animals")
      .values({
        ...fields,
        slug: await freeSlug(trx, input.name),
        images: JSON.stringify(images),
        stock,
        status: "draft",
      })
      .returning(staffColumns)
      .executeTakeFirstOrThrow();
    if (stock > 0) {
      await trx
        .insertInto("stockAdjustments")
        .values({ animalId: animal.id, delta: stock, stockAfter: stock, reason: "Initial stock", actorId })
        .execute();
    }
    await bumpCatalogueVersion(trx);
    return animal;
  });
}

/**
 * Saves an edit made from `input.version`. If someone saved since, CONFLICT and nothing changes.
 * A draft's slug follows its name; once published, a slug never changes (links stay valid).
 */
export async function updateAnimal(db: Kysely<Database>, input: UpdateAnimalInput) {
  // Run again after a lost slug race, the version check still holds: the lost attempt wrote nothing.
  return retryOnSlugRace(() => updateAnimalOnce(db, input));
}

async function updateAnimalOnce(db: Kysely<Database>, input: UpdateAnimalInput) {
  return db.transaction().execute(async (trx) => {
    const current = await trx
      .selectFrom("animals")
      .select(["status", "name", "version"])
      .where("id", "=", input.id)
      .forUpdate()
      .executeTakeFirst();
    if (!current) throw new DomainError("NOT_FOUND", "No such animal.");
    if (current.version !== input.version) {
      throw new DomainError(
        "CONFLICT",
        "Someone else saved this animal since you opened it. Reload to see their changes.",
      );
    }
    const { id, version, images, ...fields } = input;
    const renamedDraft = current.status === "draft" && current.name !== input.name;
    const animal = await trx
      .updateTable("animals")
      .set({
        ...fields,
        images: JSON.stringify(images),
        ...(renamedDraft ? { slug: await freeSlug(trx, input.name, id) } : {}),
        version: sql`version + 1`,
        updatedAt: sql`now()`,
      })
      .where("id", "=", id)
      .where("version", "=", version)
      .returning(staffColumns)
      .executeTakeFirstOrThrow();
    await bumpCatalogueVersion(trx);
    return animal;
  });
}

export async function setAnimalStatus(db: Kysely<Database>, id: string, status: AnimalStatus) {
  return db.transaction().execute(async (trx) => {
    const animal = await trx
      .updateTable("animals")
      .set({ status, version: sql`version + 1`, updatedAt: sql`now()` })
      .where("id", "=", id)
      .returning(staffColumns)
      .executeTakeFirst();
    if (!animal) throw new DomainError("NOT_FOUND", "No such animal.");
    await bumpCatalogueVersion(trx);
    return animal;
  });
}

/**
 * Moves stock by a signed `delta`, recorded with its reason. The update itself refuses to go below
 * zero, so two adjustments racing cannot oversell.
 */
export async function adjustStock(
  db: Kysely<Database>,
  input: { id: string; delta: number; reason: string },
  actorId: string,
) {
  return db.transaction().execute(async (trx) => {
    const animal = await trx
      .updateTable("animals")
      .set({ stock: sql`stock + ${input.delta}`, version: sql`version + 1`, updatedAt: sql`now()` })
      .where("id", "=", input.id)
      .where(sql<boolean>`stock + ${input.delta} >= 0`)
      .returning(staffColumns)
      .executeTakeFirst();
    if (!animal) {
      const exists = await trx
        .selectFrom("animals")
        .select("stock")
        .where("id", "=", input.id)
        .executeTakeFirst();
      if (!exists) throw new DomainError("NOT_FOUND", "No such animal.");
      throw new DomainError("CONFLICT", `Only ${exists.stock} in stock: it cannot go below zero.`);
    }
    await trx
      .insertInto("stockAdjustments")
      .values({
        animalId: input.id,
        delta: input.delta,
        stockAfter: animal.stock,
        reason: input.reason,
        actorId,
      })
      .execute();
    await bumpCatalogueVersion(trx);
    return animal;
  });
}
