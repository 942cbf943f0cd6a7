import { type AnimalStatus, type Database, queryTemplate } from "@petshop/db";
import { type Expression, type Kysely, sql } from "kysely";
import { z } from "zod";
import type { AnimalSort } from "../../constants";
import { cursorTimestamp, decodeCursor, encodeCursor } from "../../lib/cursor";
import { cardColumns } from "./columns";
import { catalogueFilterOf, type FilterShape, type FilterValues, filterClause, searchQuery } from "./filters";
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

const rank = (q: string | Expression<string>) => sql<number>`ts_rank(search, ${searchQuery(q)})::real`;

/** What a page's query binds: the filter's values, and where the last page ended. */
interface ListValues extends FilterValues {
  /** The last row's key, for sorts by time or name. */
  afterText?: string;
  /** The last row's key, for sorts by price or rank. */
  afterNumber?: number;
  afterId?: string;
}

/**
 * Which filters apply, the order, which cursor condition ("never" for a rank with no search), and
 * how many rows: in the text, so a plan kept for every run knows it wants only a page.
 */
interface ListShape extends FilterShape {
  sort: AnimalSort;
  after: "none" | "key" | "never";
  rows: number;
}

/** Each sort's key and direction; the id breaks ties in the same direction. */
const ORDER = {
  newest: ["createdAt", "desc"],
  price_asc: ["priceMinor", "asc"],
  price_desc: ["priceMinor", "desc"],
  name: ["name", "asc"],
  relevance: ["rank", "desc"],
} as const satisfies Record<AnimalSort, readonly [string, "asc" | "desc"]>;

// The catalogue's list, compiled once per shape (packages/db/src/query-template.ts).
const page = queryTemplate<ListValues>()(
  {
    breed: true,
    priceMin: true,
    priceMax: true,
    bornBy: true,
    bornAfter: true,
    q: true,
    afterText: true,
    afterNumber: true,
    afterId: true,
  },
  (db, shape: ListShape, slots) => {
    const { sort } = shape;
    let query = db
      .selectFrom("animals")
      .select(cardColumns)
      .select(shape.q ? rank(slots.q).as("rank") : sql<number>`0::real`.as("rank"))
      .where(filterClause(shape, slots));
    if (shape.after === "never") query = query.where(sql<boolean>`false`);
    if (shape.after === "key") {
      query = query.where((eb) => {
        const { afterText, afterNumber, afterId } = slots;
        if (sort === "newest")
          return eb(
            eb.refTuple("createdAt", "id"),
            "<",
            eb.tuple(sql<string>`${afterText}::timestamptz`, afterId),
          );
        if (sort === "price_asc" || sort === "price_desc")
          return eb(
            eb.refTuple("priceMinor", "id"),
            sort === "price_asc" ? ">" : "<",
            eb.tuple(afterNumber, afterId),
          );
        if (sort === "name") return eb(eb.refTuple("name", "id"), ">", eb.tuple(afterText, afterId));
        return eb(
          eb.tuple(rank(slots.q), eb.ref("id")),
          "<",
          eb.tuple(sql<number>`${afterNumber}::real`, afterId),
        );
      });
    }
    const [key, direction] = ORDER[sort];
    query = query.orderBy(key, direction).orderBy("id", direction);
    return query.limit(sql.lit(shape.rows));
  },
);

/** One page and the cursor of the next (null at the end). `statuses` is decided by the caller's role. */
export async function listAnimals(
  db: Kysely<Database>,
  input: AnimalListInput,
  statuses: readonly AnimalStatus[],
  now: Date,
) {
  const { sort, limit } = input;
  const filter = catalogueFilterOf(input, statuses, now);
  const values: ListValues = { ...filter.values };
  let after: ListShape["after"] = "none";
  if (input.cursor) {
    const c = decodeCursor(input.cursor, cursorSchema, (value) => value.sort === sort);
    // A rank cursor means nothing without the search it ranked; nor does a key of the wrong type.
    const textKey = (sort === "newest" || sort === "name") && typeof c.key === "string";
    const numberKey =
      (sort === "price_asc" || sort === "price_desc" || (sort === "relevance" && filter.shape.q)) &&
      typeof c.key === "number";
    after = textKey || numberKey ? "key" : "never";
    if (after === "key") {
      values.afterId = c.id;
      if (typeof c.key === "string") values.afterText = c.key;
      else values.afterNumber = c.key;
    }
  }
  const rows = await page(db, { ...filter.shape, sort, after, rows: limit + 1 }, values);
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return {
    items: items.map(({ rank: _rank, ...animal }) => animal),
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
