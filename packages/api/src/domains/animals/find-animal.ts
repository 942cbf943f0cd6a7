import type { AnimalStatus, Database } from "@petshop/db";
import type { Kysely } from "kysely";
import { DomainError } from "../../domain-error";
import { detailColumns, staffColumns } from "./columns";

/** A listing by slug among `statuses`; NOT_FOUND otherwise, whether it is missing or hidden. */
export async function findAnimalBySlug(
  db: Kysely<Database>,
  slug: string,
  statuses: readonly AnimalStatus[],
) {
  const animal = await db
    .selectFrom("animals")
    .select(detailColumns)
    .where("slug", "=", slug)
    .where("status", "in", statuses)
    .executeTakeFirst();
  if (!animal) throw new DomainError("NOT_FOUND", "No such animal.");
  return animal;
}

/** Staff: any listing by id, with its status and version. */
export async function findAnimalById(db: Kysely<Database>, id: string) {
  const animal = await db.selectFrom("animals").select(staffColumns).where("id", "=", id).executeTakeFirst();
  if (!animal) throw new DomainError("NOT_FOUND", "No such animal.");
  return animal;
}
