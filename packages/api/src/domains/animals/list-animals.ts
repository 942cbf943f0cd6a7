import type { AnimalStatus, Database } from "@petshop/db";
import { type Kysely, sql } from "kysely";
import { z } from "zod";
import type { AnimalSort } from "../../constants";
import { cursorTimestamp, decodeCursor, encodeCursor } from "../../lib/cursor";
import { cardColumns } from "./columns";
import { catalogueFilter, searchQuery } from "./filters";
import type { AnimalListInput } from "./schemas";

// A page of the catalogue in a stable order: every sort ends with the id, so ties (same price,
// same time, same name, same rank) never reorder between pages, and the cursor is the last row's
// key in that order.

// Each sort's key has the type and range of its column, so a forged key never reaches SQL.
const cursorSchema = z.discriminatedUnion("sort", [
  z.object({ sort: z.literal("newest"), key: cursorTimestamp, id: z.uuid() }),
  z.object({
    sort: z.enum(["price_asc", "price_desc"]),
    key: z.number().int().min(0).max(100_000_000),
    id: z.uuid(),
  }),
  z.object({ sort: z.literal("name"), key: z.string().max(120), id: z.uuid() }),
  // ts_rank is a non-negative real; anything past float4's range is not one of ours.
  z.object({ sort: z.literal("relevance"), key: z.number().min(0).max(1e30), id: z.uuid() }),
]);

const rank = (q: string) => sql<number>`ts_rank(search, ${searchQuery(q)})::real`;

/** One page and the cursor of the next (null at the end). `statuses` is decided by the caller's role. */
export async function listAnimals(
  db: Kysely<Database>,
  input: AnimalListInput,
  statuses: readonly AnimalStatus[],
  now: Date,
) {
  const { sort, limit, q } = input;
  let query = db
    .selectFrom("animals")
    .select(cardColumns)
    .select(q ? rank(q).as("rank") : sql<number>`0::real`.as("rank"))
    .where(catalogueFilter(input, statuses, now));

  if (input.cursor) {
    const c = decodeCursor(input.cursor, cursorSchema, (value) => value.sort === sort);
    query = query.where((eb) => {
      if (sort === "newest" && typeof c.key === "string") {
        return eb(eb.refTuple("createdAt", "id"), "<", eb.tuple(sql<string>`${c.key}::timestamptz`, c.id));
      }
      if ((sort === "price_asc" || sort === "price_desc") && typeof c.key === "number") {
        return eb(eb.refTuple("priceMinor", "id"), sort === "price_asc" ? ">" : "<", eb.tuple(c.key, c.id));
      }
      if (sort === "name" && typeof c.key === "string") {
        return eb(eb.refTuple("name", "id"), ">", eb.tuple(c.key, c.id));
      }
      if (sort === "relevance" && q && typeof c.key === "number") {
        return eb(eb.tuple(rank(q), eb.ref("id")), "<", eb.tuple(sql<number>`${c.key}::real`, c.id));
      }
      // A cursor whose key does not fit its sort was not made by us.
      return sql<boolean>`false`;
    });
  }

  switch (sort) {
    case "newest":
      query = query.orderBy("createdAt", "desc").orderBy("id", "desc");
      break;
    case "price_asc":
      query = query.orderBy("priceMinor", "asc").orderBy("id", "asc");
      break;
    case "price_desc":
      query = query.orderBy("priceMinor", "desc").orderBy("id", "desc");
      break;
    case "name":
      query = query.orderBy("name", "asc").orderBy("id", "asc");
      break;
    case "relevance":
      query = query.orderBy("rank", "desc").orderBy("id", "desc");
      break;
  }
  const rows = await query.limit(limit + 1).execute();
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map(({ rank: _rank, ...animal }) => animal),
    nextCursor:
      rows.length > limit && last ? encodeCursor({ sort, key: keyOf(sort, last), id: last.id }) : null,
  };
}

function keyOf(sort: AnimalSort, row: { createdAt: string; priceMinor: number; name: string; rank: number }) {
  if (sort === "newest") return row.createdAt;
  if (sort === "name") return row.name;
  if (sort === "relevance") return row.rank;
  return row.priceMinor;
}
