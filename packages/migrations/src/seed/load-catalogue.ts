import type { Database, NewAnimal, Species } from "@petshop/db";
import type { Kysely } from "kysely";
import { demoAnimals } from "./demo-animals";
import { random } from "./random";

// A large, deterministic catalogue for load tests and query plans: the same `count` always gives
// the same rows (a seeded generator and a fixed base date), built from the demo catalogue's breeds
// and pictures so it looks like the shop.

const BASE = Date.UTC(2026, 10, 1);
const DAY_MS = 86_400_000;

const NAME_PARTS = [
  "bis",
  "co",
  "lu",
  "ma",
  "pe",
  "ro",
  "zi",
  "ka",
  "no",
  "da",
  "fi",
  "mo",
  "ti",
  "ba",
  "su",
  "re",
];
const TRAITS = ["playful", "calm", "curious", "gentle", "lively", "shy at first", "affectionate", "clever"];

/** Builds row `i` of a load catalogue. */
function loadAnimal(i: number, next: () => number): NewAnimal {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const model = pick(demoAnimals);
  const name = `${pick(NAME_PARTS)}${pick(NAME_PARTS)}${pick(NAME_PARTS)}`.replace(/^./, (c) =>
    c.toUpperCase(),
  );
  const species: Species = model.species;
  const priceSpread = 0.6 + next() * 0.8;
  const roll = next();
  return {
    slug: `${name.toLowerCase()}-${i}`,
    name,
    species,
    breed: model.breed,
    sex: model.sex,
    birthDate: new Date(BASE - Math.floor(next() * 3 * 365) * DAY_MS).toISOString().slice(0, 10),
    description: `${name} is a ${pick(TRAITS)} ${model.breed}. ${model.description}`,
    images: JSON.stringify([{ url: `/images/animals/${model.image}`, alt: model.imageAlt }]),
    // Rounded to whole euros, so many prices tie.
    priceMinor: Math.round((model.priceMinor * priceSpread) / 100) * 100,
    currency: "EUR",
    stock: next() < 0.1 ? 0 : model.stock,
    status: roll < 0.9 ? "active" : roll < 0.95 ? "draft" : "archived",
    // Two years of arrivals at minute resolution: ties happen.
    createdAt: new Date(BASE - Math.floor(next() * 2 * 365 * 24 * 60) * 60_000),
  };
}

/** Adds `count` generated listings (existing slugs are kept); returns how many were added. */
export async function seedLoadCatalogue(db: Kysely<Database>, count: number): Promise<number> {
  const next = random(20261121);
  let added = 0;
  for (let start = 0; start < count; start += 500) {
    const rows = Array.from({ length: Math.min(500, count - start) }, (_, k) => loadAnimal(start + k, next));
    const inserted = await db
      .insertInto("animals")
      .values(rows)
      .onConflict((oc) => oc.column("slug").doNothing())
      .returning("id")
      .execute();
    added += inserted.length;
  }
  return added;
}
