import type { AnimalStatus, Database } from "@petshop/db";
import { type Kysely, sql } from "kysely";
import { catalogueFilter } from "./filters";
import type { AnimalFilterInput } from "./schemas";

/** Price bands of the filter panel, in minor units: [from, to) with the last open-ended. */
export const PRICE_BANDS = [0, 5_000, 20_000, 50_000, 100_000, 200_000] as const;

/**
 * Counts for the filter panel under the current filters. Each count ignores its own dimension
 * (species counts ignore the species filter), so choosing one species still shows how many the
 * others have.
 */
export async function catalogueFacets(
  db: Kysely<Database>,
  filters: AnimalFilterInput,
  statuses: readonly AnimalStatus[],
  now: Date,
) {
  const { species: _species, ...withoutSpecies } = filters;
  const { priceMin: _min, priceMax: _max, ...withoutPrice } = filters;
  const bandStarts = sql.join(PRICE_BANDS.map((b) => sql.lit(b)));

  const [species, priceBands, total] = await Promise.all([
    db
      .selectFrom("animals")
      .select(["species", sql<number>`count(*)::int`.as("count")])
      .where(catalogueFilter(withoutSpecies, statuses, now))
      .groupBy("species")
      .orderBy("species")
      .execute(),
    db
      .selectFrom("animals")
      .select([
        sql<number>`(array[${bandStarts}])[width_bucket(price_minor, array[${bandStarts}])]`.as("from"),
        sql<number>`count(*)::int`.as("count"),
      ])
      .where(catalogueFilter(withoutPrice, statuses, now))
      .groupBy(sql`1`)
      .orderBy(sql`1`)
      .execute(),
    db
      .selectFrom("animals")
      .select(sql<number>`count(*)::int`.as("count"))
      .where(catalogueFilter(filters, statuses, now))
      .executeTakeFirstOrThrow(),
  ]);

  return {
    total: total.count,
    species,
    priceBands: priceBands.map((band) => {
      const next = PRICE_BANDS.find((start) => start > band.from);
      return { from: band.from, to: next ?? null, count: band.count };
    }),
  };
}
