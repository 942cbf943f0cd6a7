import { userListInput } from "@petshop/api/schemas";
import { describe, expect, it } from "vitest";
import { SEARCH_MAX_LENGTH, usersSearch } from "./users-search";

// The URL's schema is written apart from the API's (zod/mini, to keep zod's API off the first
// load); these tests keep the two in step.

describe("the users URL against the API's schema", () => {
  it("bounds the search term as the API does", () => {
    expect(SEARCH_MAX_LENGTH).toBe(userListInput.shape.search.unwrap().maxLength);
  });

  it("never lets through what the API would refuse, and keeps what it takes", () => {
    const longest = "x".repeat(SEARCH_MAX_LENGTH);
    for (const q of ["", "  ", " ann ", longest, `${longest}x`, 42, true, ["ann"]]) {
      const search = usersSearch.parse({ q });
      expect(userListInput.safeParse({ search: search.q }).error, `q=${q}`).toBeUndefined();
    }
    expect(usersSearch.parse({ q: ` ${longest} ` }).q).toBe(longest);
    expect(usersSearch.parse({ q: "  " }).q).toBeUndefined();
  });
});
