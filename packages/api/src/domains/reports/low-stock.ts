import type { Database } from "@petshop/db";
import { type Kysely, sql } from "kysely";
import { z } from "zod";
import { DomainError } from "../../domain-error";
import { decodeCursor, pageOf } from "../../lib/cursor";
import type { LowStockInput } from "./schemas";

// Listings on sale that are running out: fewest units first, then by name and id so ties page
// stably. The cursor holds the last row's stock and id, bound to the threshold that produced it;
// its name is read back by id, because a 120-character name would not fit a 200-character cursor.
// (A listing renamed between two pages may so move the boundary by a few rows.)

const cursorSchema = z.object({
  below: z.number().int(),
  stock: z.number().int().min(0).max(100_000),
  id: z.uuid(),
});

async function nameOf(db: Kysely<Database>, id: string): Promise<string> {
  const row = await db.selectFrom("animals").select("name").where("id", "=", id).executeTakeFirst();
  if (!row) throw new DomainError("BAD_REQUEST", "The cursor is not valid.");
  return row.name;
}

/** A page of active listings with fewer than `below` units, and the cursor of the next page. */
export async function listLowStock(db: Kysely<Database>, input: LowStockInput) {
  const { below, limit } = input;
  let query = db
    .selectFrom("animals")
    .select(["id", "slug", "name", "species", "status", "stock", "priceMinor", "currency"])
    .where("status", "=", "active")
    .where("stock", "<", below);
  if (input.cursor) {
    const c = decodeCursor(input.cursor, cursorSchema, (value) => value.below === below);
    const name = await nameOf(db, c.id);
    query = query.where((eb) =>
      eb(eb.refTuple("stock", "name", "id"), ">", eb.tuple(c.stock, name, sql<string>`${c.id}::uuid`)),
    );
  }
  const rows = await query
    .orderBy("stock")
    .orderBy("name")
    .orderBy("id")
    .limit(limit + 1)
    .execute();
  return pageOf(rows, limit, (last) => ({ below, stock: last.stock, id: last.id }));
}
