import { describe, expect, it } from "vitest";
import { activeFilterCount, effectiveSort, toApiFilters } from "./api-input";
import { catalogueSearch } from "./search";

describe("the catalogue URL", () => {
  it("reads one value or many as a list", () => {
    expect(catalogueSearch.parse({ species: "dog" }).species).toEqual(["dog"]);
    expect(catalogueSearch.parse({ species: ["dog", "cat"] }).species).toEqual(["dog", "cat"]);
  });

  it("falls back to 'not set' for what it cannot use, field by field", () => {
    expect(
      catalogueSearch.parse({
        species: ["dog", "dragon"],
        priceMin: -1,
        priceMax: 2_000_000,
        ageMaxMonths: 601,
        inStock: "yes",
        q: "   ",
        sort: "cheapest",
        breed: "Beagle",
      }),
    ).toEqual({});
  });

  it("takes a number for search words, since the router parses `?q=123` as one", () => {
    expect(catalogueSearch.parse({ q: 123 }).q).toBe("123");
  });
});

describe("from the URL to the API", () => {
  it("turns euros into cents", () => {
    expect(toApiFilters(catalogueSearch.parse({ priceMin: 0.5, priceMax: 199.99 }))).toMatchObject({
      priceMin: 50,
      priceMax: 19999,
    });
  });

  it("leaves out a range the wrong way round, and only that", () => {
    const filters = toApiFilters(
      catalogueSearch.parse({ priceMin: 9, priceMax: 3, ageMinMonths: 12, ageMaxMonths: 2, species: "cat" }),
    );
    expect(JSON.parse(JSON.stringify(filters))).toEqual({ species: ["cat"] });
  });

  it("asks for sold-out animals too unless told otherwise", () => {
    expect(toApiFilters(catalogueSearch.parse({ inStock: false })).inStock).toBeUndefined();
  });

  it("sorts by best match only with search words, by default then", () => {
    expect(effectiveSort({})).toBe("newest");
    expect(effectiveSort({ q: "pup" })).toBe("relevance");
    expect(effectiveSort({ q: "pup", sort: "name" })).toBe("name");
    expect(effectiveSort({ sort: "relevance" })).toBe("newest");
  });

  it("counts a range as one filter however many ends it has", () => {
    expect(activeFilterCount(catalogueSearch.parse({ priceMin: 1, priceMax: 2, sex: "male", q: "x" }))).toBe(
      2,
    );
  });
});
