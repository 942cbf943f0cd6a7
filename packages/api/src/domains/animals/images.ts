import type { AnimalImage, Database } from "@petshop/db";
import { type Kysely, sql } from "kysely";
import { DomainError } from "../../domain-error";
import { sniffImageType } from "../../media/image-type";
import type { MediaStore } from "../../media/media-store";
import { bumpCatalogueVersion } from "./catalogue-version";
import { staffColumns } from "./columns";

// An animal's pictures: the first in the list is the primary one (the card's picture).

export const MAX_IMAGES = 20;

async function imagesOf(db: Kysely<Database>, animalId: string): Promise<AnimalImage[]> {
  const row = await db
    .selectFrom("animals")
    .select("images")
    .where("id", "=", animalId)
    .forUpdate()
    .executeTakeFirst();
  if (!row) throw new DomainError("NOT_FOUND", "No such animal.");
  return row.images;
}

async function saveImages(db: Kysely<Database>, animalId: string, images: AnimalImage[]) {
  const animal = await db
    .updateTable("animals")
    .set({ images: JSON.stringify(images), version: sql`version + 1`, updatedAt: sql`now()` })
    .where("id", "=", animalId)
    .returning(staffColumns)
    .executeTakeFirstOrThrow();
  await bumpCatalogueVersion(db);
  return animal;
}

/** Adds an uploaded picture after checking by its content that it is a JPEG, PNG or WebP. */
export async function addImage(
  db: Kysely<Database>,
  media: MediaStore,
  input: { animalId: string; bytes: Uint8Array; alt: string },
) {
  const type = sniffImageType(input.bytes);
  if (!type) throw new DomainError("BAD_REQUEST", "Only JPEG, PNG and WebP pictures can be uploaded.");
  const url = await media.save("animals", input.bytes, type.ext);
  try {
    return await db.transaction().execute(async (trx) => {
      const images = await imagesOf(trx, input.animalId);
      if (images.length >= MAX_IMAGES)
        throw new DomainError("CONFLICT", `An animal has at most ${MAX_IMAGES} pictures.`);
      return saveImages(trx, input.animalId, [...images, { url, alt: input.alt }]);
    });
  } catch (error) {
    // Nothing refers to the file: do not leave it behind.
    await media.remove(url);
    throw error;
  }
}

/** Makes `url` the first (primary) picture. */
export async function setPrimaryImage(db: Kysely<Database>, input: { id: string; url: string }) {
  return db.transaction().execute(async (trx) => {
    const images = await imagesOf(trx, input.id);
    const chosen = images.find((image) => image.url === input.url);
    if (!chosen) throw new DomainError("NOT_FOUND", "This animal has no such picture.");
    return saveImages(trx, input.id, [chosen, ...images.filter((image) => image !== chosen)]);
  });
}

/** Removes a picture from the animal and, if it was uploaded, its file. */
export async function removeImage(
  db: Kysely<Database>,
  media: MediaStore,
  input: { id: string; url: string },
) {
  const animal = await db.transaction().execute(async (trx) => {
    const images = await imagesOf(trx, input.id);
    if (!images.some((image) => image.url === input.url))
      throw new DomainError("NOT_FOUND", "This animal has no such picture.");
    return saveImages(
      trx,
      input.id,
      images.filter((image) => image.url !== input.url),
    );
  });
  await media.remove(input.url);
  return animal;
}
