import { MAX_AGE_MONTHS, MAX_PRICE_MINOR, MAX_SEARCH_LENGTH } from "@petshop/api/constants";
import { animalListInput } from "@petshop/api/schemas";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { effectiveSort, toApiFilters } from "./api-input";
import { catalogueSearch } from "./search";

// The URL's schema is written apart from the API's (zod/mini, to keep zod's API off the first
// load); these tests keep the two in step: nothing the URL lets through is refused by the API, and
// nothing the API takes is dropped from the URL.

/** A value a hand-edited or mangled URL might hold in any field. */
const anyValue = fc.oneof(
  fc.string({ maxLength: 120 }),
  fc.double({ noNaN: false }),
  fc.integer({ min: -10, max: 1_000_001 }),
  fc.boolean(),
  fc.constantFrom("dog", "cat", "female", "male", "price_asc", "relevance", "   ", ""),
  fc.array(fc.constantFrom("dog", "cat", "bird", "dragon", "female", 3), { maxLength: 4 }),
);
const FIELDS = [
  "q",
  "species",
  "sex",
  "priceMin",
  "priceMax",
  "ageMinMonths",
  "ageMaxMonths",
  "inStock",
  "sort",
];

describe("the catalogue URL against the API's schema", () => {
  it("never lets through what the API would refuse", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...FIELDS), anyValue), (raw) => {
        const search = catalogueSearch.parse(raw);
        const input = { ...toApiFilters(search), sort: effectiveSort(search) };
        expect(animalListInput.safeParse(input).error).toBeUndefined();
      }),
      { numRuns: 500, seed: 20261130 },
    );
  });

  it("keeps every value the API accepts, up to its bounds, and drops the first past them", () => {
    const edge = {
      q: "x".repeat(MAX_SEARCH_LENGTH),
      priceMin: 0,
      priceMax: MAX_PRICE_MINOR / 100,
      ageMinMonths: 0,
      ageMaxMonths: MAX_AGE_MONTHS,
    };
    expect(catalogueSearch.parse(edge)).toEqual(edge);
    expect(
      catalogueSearch.parse({
        q: "x".repeat(MAX_SEARCH_LENGTH + 1),
        priceMin: -0.01,
        priceMax: MAX_PRICE_MINOR / 100 + 0.01,
        ageMinMonths: 1.5,
        ageMaxMonths: MAX_AGE_MONTHS + 1,
      }),
    ).toEqual({});
    for (const field of ["q", "priceMin", "priceMax", "ageMinMonths", "ageMaxMonths"] as const) {
      const kept = { [field]: catalogueSearch.parse({ [field]: edge[field] })[field] };
      expect(animalListInput.safeParse({ ...kept, sort: "name" }).success).toBe(true);
    }
  });

  it("trims search words as the API does", () => {
    expect(catalogueSearch.parse({ q: "  beagle  " }).q).toBe("beagle");
  });
});
