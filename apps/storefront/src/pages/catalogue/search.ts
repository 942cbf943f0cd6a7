import { ANIMAL_SORTS, animalFilterFields, sexSchema, speciesSchema } from "@petshop/api/schemas";
import { z } from "zod";

// The catalogue's URL, read by the router: a copied link reproduces the view. Each field falls back
// to "not set" on a bad value, so a mangled link shows more animals rather than an error page.

/**
 * `?species=dog&species=cat` reaches us as an array, a lone `?species=dog` as a string (the
 * router's parser); accept both and always hand out an array.
 */
function listOf<T extends z.ZodType<string>>(item: T) {
  return z
    .union([item, z.array(item)])
    .transform((value) => (Array.isArray(value) ? value : [value]))
    .optional()
    .catch(undefined);
}

/** Euros in the URL (`?priceMax=200`), not the API's cents, for readable links; the API's bounds still apply. */
const euros = z
  .number()
  .refine((value) => animalFilterFields.priceMin.safeParse(Math.round(value * 100)).success)
  .optional()
  .catch(undefined);

/** The router turns `?q=123` into a number; search words are words all the same. */
const searchWords = z
  .union([z.string(), z.number().transform(String)])
  .pipe(animalFilterFields.q.unwrap())
  .optional()
  .catch(undefined);

export const catalogueSearch = z.object({
  q: searchWords,
  species: listOf(speciesSchema),
  sex: listOf(sexSchema),
  priceMin: euros,
  priceMax: euros,
  ageMinMonths: animalFilterFields.ageMinMonths.catch(undefined),
  ageMaxMonths: animalFilterFields.ageMaxMonths.catch(undefined),
  inStock: animalFilterFields.inStock.catch(undefined),
  sort: z.enum(ANIMAL_SORTS).optional().catch(undefined),
});

export type CatalogueSearch = z.output<typeof catalogueSearch>;
