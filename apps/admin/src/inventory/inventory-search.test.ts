import { MAX_SEARCH_LENGTH } from "@petshop/api/constants";
import { animalListInput } from "@petshop/api/schemas";
import { describe, expect, it } from "vitest";
import { inventorySearch, listInputOf } from "./inventory-search";

// The URL's schema is written apart from the API's (zod/mini, to keep zod's API off the first
// load); these tests keep the two in step.

const ODD_VALUES = ["", "  ", "draft", "Draft", "dog", "dragon", "relevance", "price_asc", 42, true, ["dog"]];

describe("the inventory URL against the API's schema", () => {
  it("never lets through what the API would refuse", () => {
    for (const field of ["status", "q", "species", "sort"]) {
      for (const value of [...ODD_VALUES, "x".repeat(MAX_SEARCH_LENGTH + 1)]) {
        const search = inventorySearch.parse({ [field]: value });
        expect(animalListInput.safeParse(listInputOf(search)).error, `${field}=${value}`).toBeUndefined();
      }
    }
  });

  it("keeps search words the API takes, trimmed as it trims them", () => {
    const longest = "x".repeat(MAX_SEARCH_LENGTH);
    expect(inventorySearch.parse({ q: ` ${longest} ` }).q).toBe(longest);
    expect(animalListInput.safeParse({ q: longest }).success).toBe(true);
    expect(inventorySearch.parse({ q: `${longest}x` }).q).toBeUndefined();
    expect(animalListInput.safeParse({ q: `${longest}x` }).success).toBe(false);
  });
});
