import { ANIMAL_STATUSES, type AnimalStatus, type Database, queryTemplate } from "@petshop/db";
import type { Kysely } from "kysely";
import { DomainError } from "../../domain-error";
import { detailColumns, staffColumns } from "./columns";

/** Who is looking decides which listings exist for them: customers see only active ones. */
export type Viewer = "customer" | "staff";
const SEEN_BY: Record<Viewer, readonly AnimalStatus[]> = { customer: ["active"], staff: ANIMAL_STATUSES };

// The catalogue's hottest read, compiled once per viewer (packages/db/src/query-template.ts).
const bySlug = queryTemplate<{ slug: string }>()({ slug: true }, (db, viewer: Viewer, { slug }) =>
  db
    .selectFrom("animals")
    .select(detailColumns)
    .where("slug", "=", slug)
    .where("status", "in", SEEN_BY[viewer]),
);

/** A listing by slug as `viewer` may see it; NOT_FOUND otherwise, whether it is missing or hidden. */
export async function findAnimalBySlug(db: Kysely<Database>, slug: string, viewer: Viewer) {
  const [animal] = await bySlug(db, viewer, { slug });
  if (!animal) throw new DomainError("NOT_FOUND", "No such animal.");
  return animal;
}

/** Staff: any listing by id, with its status and version. */
export async function findAnimalById(db: Kysely<Database>, id: string) {
  const animal = await db.selectFrom("animals").select(staffColumns).where("id", "=", id).executeTakeFirst();
  if (!animal) throw new DomainError("NOT_FOUND", "No such animal.");
  return animal;
}
