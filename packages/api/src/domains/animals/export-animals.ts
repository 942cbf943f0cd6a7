import type { Database } from "@petshop/db";
import type { Kysely } from "kysely";
import { z } from "zod";
import { decodeCursor, pageOf } from "../../lib/cursor";
import { ANIMAL_RECORD_FIELDS, type AnimalRecord, type ExportAnimalsInput, slugSchema } from "./schemas";

// Staff export listings as records, page by page in slug order: a slug is unique and never
// changes once published, so a page boundary stays put while listings are edited.

const cursorSchema = z.object({ slug: slugSchema });

/** One page of records (the same fields `importBatch` reads) and the cursor of the next. */
export async function exportAnimals(db: Kysely<Database>, input: ExportAnimalsInput) {
  let query = db.selectFrom("animals").select(ANIMAL_RECORD_FIELDS);
  if (input.status) query = query.where("status", "in", input.status);
  if (input.species) query = query.where("species", "in", input.species);
  if (input.cursor) query = query.where("slug", ">", decodeCursor(input.cursor, cursorSchema).slug);
  const rows: AnimalRecord[] = await query
    .orderBy("slug")
    .limit(input.limit + 1)
    .execute();
  return pageOf(rows, input.limit, (last) => ({ slug: last.slug }));
}
