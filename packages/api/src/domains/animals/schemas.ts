import { ANIMAL_SEXES, ANIMAL_STATUSES, SLUG_PATTERN, SPECIES } from "@petshop/db/constants";
import { z } from "zod";
import { ANIMAL_SORTS, MAX_AGE_MONTHS, MAX_PRICE_MINOR, MAX_SEARCH_LENGTH } from "../../constants";
import { CONTROL_CHARACTER_MESSAGE, hasControlCharacter } from "../../lib/control-characters";

// Inputs of the animals router; forms and URL search params reuse them.

export const speciesSchema = z.enum(SPECIES);
export const sexSchema = z.enum(ANIMAL_SEXES);
export const animalStatusSchema = z.enum(ANIMAL_STATUSES);
export const slugSchema = z.string().min(1).max(120).regex(SLUG_PATTERN, "Not a valid slug");

const minorUnits = z.number().int().min(0).max(MAX_PRICE_MINOR);
const months = z.number().int().min(0).max(MAX_AGE_MONTHS);

/** What narrows the catalogue; shared by the list and its facet counts. */
export const animalFilterFields = {
  species: z.array(speciesSchema).max(SPECIES.length).optional(),
  breed: z.string().trim().min(1).max(120).optional(),
  sex: z.array(sexSchema).max(ANIMAL_SEXES.length).optional(),
  priceMin: minorUnits.optional(),
  priceMax: minorUnits.optional(),
  /** Age in whole months, inclusive on both ends. */
  ageMinMonths: months.optional(),
  ageMaxMonths: months.optional(),
  inStock: z.boolean().optional(),
  /** Words to find in name, breed and description. */
  q: z.string().trim().min(1).max(MAX_SEARCH_LENGTH).optional(),
  /** Staff only; everyone else sees active listings. */
  status: z.array(animalStatusSchema).min(1).max(ANIMAL_STATUSES.length).optional(),
};

type FilterShape = { priceMin?: number; priceMax?: number; ageMinMonths?: number; ageMaxMonths?: number };

/** An inverted range is a mistake to point out, not an empty page. */
function refineRanges(value: FilterShape, ctx: z.RefinementCtx) {
  if (value.priceMin !== undefined && value.priceMax !== undefined && value.priceMin > value.priceMax) {
    ctx.addIssue({ code: "custom", message: "The lowest price is above the highest", path: ["priceMin"] });
  }
  if (
    value.ageMinMonths !== undefined &&
    value.ageMaxMonths !== undefined &&
    value.ageMinMonths > value.ageMaxMonths
  ) {
    ctx.addIssue({ code: "custom", message: "The youngest age is above the oldest", path: ["ageMinMonths"] });
  }
}

export const animalFilterInput = z.object(animalFilterFields).superRefine(refineRanges);
export type AnimalFilterInput = z.infer<typeof animalFilterInput>;

export const animalListInput = z
  .object({
    ...animalFilterFields,
    sort: z.enum(ANIMAL_SORTS).default("newest"),
    limit: z.number().int().min(1).max(100).default(24),
    cursor: z.string().max(512).nullish(),
  })
  .superRefine((value, ctx) => {
    refineRanges(value, ctx);
    if (value.sort === "relevance" && !value.q) {
      ctx.addIssue({ code: "custom", message: "Sorting by relevance needs search words", path: ["sort"] });
    }
  });
export type AnimalListInput = z.infer<typeof animalListInput>;

export const animalBySlugInput = z.object({ slug: slugSchema });
export const animalIdInput = z.object({ id: z.uuid() });

const imageSchema = z.object({
  url: z
    .string()
    .regex(/^\/[^/\\]/, "Must be a path on this site")
    .max(300),
  alt: z.string().trim().max(200),
});

/** Today as `YYYY-MM-DD` in the earliest time zone on Earth, so no one's today is in "the future". */
const latestToday = () => new Date(Date.now() + 14 * 3_600_000).toISOString().slice(0, 10);

/** A real day, not in the future, and within a long animal life (tortoises and parrots outlive people). */
export const birthDateSchema = z.iso.date("Enter a date like 2026-05-01").pipe(
  // Only a real day is compared, so a malformed one gets one message, not three.
  z
    .string()
    .refine((day) => day <= latestToday(), "The birth date cannot be in the future")
    .refine(
      (day) => day >= `${Number(latestToday().slice(0, 4)) - 100}-01-01`,
      "The birth date is more than 100 years ago",
    ),
);

/** A listing as staff write it; the slug is made from the name. */
export const animalFields = {
  name: z.string().trim().min(1, "Enter a name").max(120),
  species: speciesSchema,
  breed: z.string().trim().min(1, "Enter a breed").max(120),
  sex: sexSchema,
  birthDate: birthDateSchema,
  description: z.string().trim().max(5000, "At most 5,000 characters"),
  priceMinor: minorUnits,
  currency: z.string().regex(/^[A-Z]{3}$/, "A three-letter currency code, like EUR"),
  images: z.array(imageSchema).max(20).default([]),
};

export const createAnimalInput = z.object({
  ...animalFields,
  stock: z.number().int().min(0).max(100_000).default(0),
});
export type CreateAnimalInput = z.infer<typeof createAnimalInput>;

/** An edit names the version it was based on; a stale version is a CONFLICT. Stock moves by adjustStock. */
export const updateAnimalInput = z.object({
  id: z.uuid(),
  version: z.number().int().min(1),
  ...animalFields,
});
export type UpdateAnimalInput = z.infer<typeof updateAnimalInput>;

export const animalImageInput = z.object({ id: z.uuid(), url: z.string().min(1).max(300) });
/** Also read outside tRPC (the upload route), so it refuses control characters itself. */
export const imageAltSchema = z
  .string()
  .trim()
  .max(200, "At most 200 characters")
  .refine((alt) => !hasControlCharacter(alt), CONTROL_CHARACTER_MESSAGE)
  .default("");

export const setAnimalStatusInput = z.object({ id: z.uuid(), status: animalStatusSchema });

export const adjustStockInput = z.object({
  id: z.uuid(),
  delta: z
    .number()
    .int()
    .min(-100_000)
    .max(100_000)
    .refine((d) => d !== 0, "The change cannot be zero"),
  reason: z.string().trim().min(1, "Say why the stock changes").max(200),
});

/** A listing as a spreadsheet holds it, found by its slug: what `importBatch` reads and `exportPage` gives. */
export const animalRecordSchema = z
  .object({
    slug: slugSchema,
    ...animalFields,
    stock: z.number().int().min(0).max(100_000),
    status: animalStatusSchema,
  })
  .omit({ images: true });
export type AnimalRecord = z.infer<typeof animalRecordSchema>;

/** The record's fields in the order a CSV file lists them (pictures are not part of a record). */
export const ANIMAL_RECORD_FIELDS = [
  "slug",
  "name",
  "species",
  "breed",
  "sex",
  "birthDate",
  "priceMinor",
  "currency",
  "stock",
  "status",
  "description",
] as const satisfies readonly (keyof AnimalRecord)[];

/** How many records one `importBatch` call may carry; each call is one transaction. */
export const IMPORT_BATCH_MAX = 500;

export const importAnimalsInput = z.object({
  rows: z
    .array(animalRecordSchema)
    .min(1)
    .max(IMPORT_BATCH_MAX)
    .superRefine((rows, ctx) => {
      const seen = new Map<string, number>();
      rows.forEach((row, index) => {
        const first = seen.get(row.slug);
        if (first === undefined) seen.set(row.slug, index);
        else
          ctx.addIssue({
            code: "custom",
            message: `The slug is also in row ${first}`,
            path: [index, "slug"],
          });
      });
    }),
  /** Say what would happen, change nothing. */
  dryRun: z.boolean().default(false),
});
export type ImportAnimalsInput = z.infer<typeof importAnimalsInput>;

export const exportAnimalsInput = z.object({
  status: z.array(animalStatusSchema).min(1).max(ANIMAL_STATUSES.length).optional(),
  species: z.array(speciesSchema).min(1).max(SPECIES.length).optional(),
  cursor: z.string().max(300).nullish(),
  limit: z.number().int().min(1).max(1000).default(500),
});
export type ExportAnimalsInput = z.infer<typeof exportAnimalsInput>;
