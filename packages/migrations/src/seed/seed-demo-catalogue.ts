import { type Database, type NewAnimal, slugify } from "@petshop/db";
import type { Kysely } from "kysely";
import type { DemoAnimal } from "./demo-animal";
import { demoAnimals } from "./demo-animals";

const HOUR_MS = 3_600_000;

/**
 * The demo listing for `animal`, the `arrival`-th to arrive. Listings arrive in threes per hour,
 * newest first, so "newest" is meaningful and sorting still meets ties.
 */
function toNewAnimal(animal: DemoAnimal, arrival: number, now: number): NewAnimal {
  return {
    slug: slugify(animal.name),
    name: animal.name,
    species: animal.species,
    breed: animal.breed,
    sex: animal.sex,
    birthDate: animal.birthDate,
    description: animal.description,
    images: JSON.stringify([{ url: `/images/animals/${animal.image}`, alt: animal.imageAlt }]),
    priceMinor: animal.priceMinor,
    currency: animal.currency,
    stock: animal.stock,
    status: "active",
    createdAt: new Date(now - Math.floor(arrival / 3) * HOUR_MS),
  };
}

/** The demo animals with the species taking turns, so the newest page shows a mix. */
function arrivalOrder(animals: readonly DemoAnimal[]): DemoAnimal[] {
  const bySpecies = new Map<DemoAnimal["species"], DemoAnimal[]>();
  for (const animal of animals)
    bySpecies.set(animal.species, [...(bySpecies.get(animal.species) ?? []), animal]);
  const queues = [...bySpecies.values()];
  const ordered: DemoAnimal[] = [];
  for (let round = 0; ordered.length < animals.length; round++) {
    for (const queue of queues) {
      const next = queue[round];
      if (next) ordered.push(next);
    }
  }
  return ordered;
}

/**
 * Adds the demo catalogue (active listings). Idempotent: listings whose slug already exists are
 * left as they are. Returns how many were added.
 */
export async function seedDemoCatalogue(db: Kysely<Database>, now = Date.now()): Promise<number> {
  const rows = arrivalOrder(demoAnimals).map((animal, arrival) => toNewAnimal(animal, arrival, now));
  const inserted = await db
    .insertInto("animals")
    .values(rows)
    .onConflict((oc) => oc.column("slug").doNothing())
    .returning("id")
    .execute();
  return inserted.length;
}

/** True when the catalogue has no listing at all (a fresh database). */
export async function isCatalogueEmpty(db: Kysely<Database>): Promise<boolean> {
  const row = await db.selectFrom("animals").select("id").limit(1).executeTakeFirst();
  return row === undefined;
}
