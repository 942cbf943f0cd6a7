import { ANIMAL_SORTS, MAX_AGE_MONTHS, MAX_PRICE_MINOR, MAX_SEARCH_LENGTH } from "@petshop/api/constants";
import { ANIMAL_SEXES, SPECIES } from "@petshop/db/constants";
import * as z from "zod/mini";

// The catalogue's URL, read by the router: a copied link reproduces the view. Each field falls back
// to "not set" on a bad value, so a mangled link shows more animals rather than an error page.
// zod/mini and the API's bounds as plain numbers: the home page reads this before anything else,
// and the API's schemas would bring all of zod along (docs/decisions/016-first-load.md).
// search.test.ts checks that whatever this lets through, the API's own schema accepts.

/** Not set, rather than an error, for a value the page cannot use. */
const orUnset = <T extends z.ZodMiniType>(schema: T) => z.catch(z.optional(schema), undefined);

/**
 * `?species=dog&species=cat` reaches us as an array, a lone `?species=dog` as a string (the
 * router's parser); accept both and always hand out an array.
 */
function listOf<const T extends readonly [string, ...string[]]>(values: T) {
  const item = z.enum(values);
  return orUnset(
    z.pipe(
      z.union([item, z.array(item)]),
      z.transform((value) => (Array.isArray(value) ? value : [value])),
    ),
  );
}

/** Euros in the URL (`?priceMax=200`), not the API's cents, for readable links; the API's bounds still apply. */
const euros = orUnset(
  z.number().check(
    z.refine((value) => {
      const cents = Math.round(value * 100);
      return cents >= 0 && cents <= MAX_PRICE_MINOR;
    }),
  ),
);

const months = orUnset(z.int().check(z.minimum(0), z.maximum(MAX_AGE_MONTHS)));

/** The router turns `?q=123` into a number; search words are words all the same. */
const searchWords = orUnset(
  z.pipe(
    z.union([z.string(), z.pipe(z.number(), z.transform(String))]),
    z.string().check(z.trim(), z.minLength(1), z.maxLength(MAX_SEARCH_LENGTH)),
  ),
);

export const catalogueSearch = z.object({
  q: searchWords,
  species: listOf(SPECIES),
  sex: listOf(ANIMAL_SEXES),
  priceMin: euros,
  priceMax: euros,
  ageMinMonths: months,
  ageMaxMonths: months,
  inStock: orUnset(z.boolean()),
  sort: orUnset(z.enum(ANIMAL_SORTS)),
});

export type CatalogueSearch = z.output<typeof catalogueSearch>;
